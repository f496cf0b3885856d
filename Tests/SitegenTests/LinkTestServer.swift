import Foundation

/// A small HTTP server on a free port of 127.0.0.1 for the external link checks, written in
/// Python (which CI has) so that its answers are exactly those of the test: each path answers
/// one way (see `script`). Stopped when released.
final class LinkTestServer {
    let port: Int
    private let process: Process

    static let script = """
        import http.server, socketserver, sys, time
        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self, status, headers=(), body=b""):
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
            def route(self):
                path = self.path
                if path == "/ok": return self.answer(200, body=b"ok")
                if path == "/gone": return self.answer(404)
                if path == "/moved": return self.answer(301, [("Location", "/ok")])
                if path == "/moved-far": return self.answer(302, [("Location", "../moved")])
                if path == "/loop": return self.answer(302, [("Location", "/loop")])
                if path == "/forbidden": return self.answer(403)
                if path == "/broken-server": return self.answer(503)
                if path == "/no-head":
                    return self.answer(405 if self.command == "HEAD" else 200, body=b"ok")
                if path == "/slow":
                    time.sleep(3)
                    return self.answer(200)
                self.answer(404)
            do_GET = route
            do_HEAD = route
            def log_message(self, *args): pass
        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
        server = Server(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    init() throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Not waited for: Foundation reaps the process when it ends.
    deinit {
        process.terminate()
    }

    /// A port of 127.0.0.1 that nothing listens on: bound, read and closed at once.
    static func closedPort() throws -> Int {
        #if canImport(Glibc)
        let streamType = Int32(SOCK_STREAM.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, streamType, 0)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw CocoaError(.fileWriteUnknown) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
