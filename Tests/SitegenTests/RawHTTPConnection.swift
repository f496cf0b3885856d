#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A bare TCP connection to the preview server, so that tests can send exactly the bytes they
/// mean (malformed requests included) and read responses and event streams as they arrive.
final class RawHTTPConnection {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeout: Double = 10) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        // No close here: the object is whole, so `deinit` runs when init throws and closes the
        // socket. Closing it here too closed a number the kernel may already have given to
        // another test's socket (the serve tests failed now and then with "send failed: 9").
        guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { sendSome($0) }
            guard sent > 0 else { throw Failure(description: "send failed: \(errno)") }
            offset += sent
        }
    }

    private func sendSome(_ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
        return Glibc.send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        #else
        return Darwin.send(descriptor, bytes.baseAddress, bytes.count, 0)
        #endif
    }

    /// Reads more bytes; false at the end of the stream or on timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }

    private func take(until marker: [UInt8]) throws -> [UInt8] {
        while true {
            if let range = firstRange(of: marker) {
                let part = Array(buffer[..<range.lowerBound])
                buffer.removeSubrange(..<range.upperBound)
                return part
            }
            guard fill() else { throw Failure(description: "the connection ended before \(String(decoding: marker, as: UTF8.self).debugDescription)") }
        }
    }

    private func firstRange(of marker: [UInt8]) -> Range<Int>? {
        guard buffer.count >= marker.count else { return nil }
        for start in 0...(buffer.count - marker.count) where buffer[start..<(start + marker.count)].elementsEqual(marker) {
            return start..<(start + marker.count)
        }
        return nil
    }

    /// True when the server ended the stream after what was read (a clean close): false when
    /// more bytes come, the connection was reset, or nothing comes within the timeout.
    func readsEndOfStream() -> Bool {
        guard buffer.isEmpty else { return false }
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, 0) == 0
    }

    /// Reads a response's status line and headers.
    func readHead() throws -> (status: Int, headers: [String: String]) {
        let head = String(decoding: try take(until: Array("\r\n\r\n".utf8)), as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(description: "bad status line: \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    /// Reads a whole response; `head: true` for the answer to a HEAD request (no body).
    func readResponse(head isHead: Bool = false) throws -> Response {
        let (status, headers) = try readHead()
        var body: [UInt8] = []
        if isHead {
            return Response(status: status, headers: headers, body: [])
        } else if let length = headers["content-length"].flatMap(Int.init) {
            while buffer.count < length { guard fill() else { throw Failure(description: "short body") } }
            body = Array(buffer[..<length])
            buffer.removeSubrange(..<length)
        } else if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while true {
                let sizeLine = String(decoding: try take(until: Array("\r\n".utf8)), as: UTF8.self)
                guard let size = Int(sizeLine, radix: 16) else { throw Failure(description: "bad chunk size \(sizeLine)") }
                if size == 0 {
                    _ = try take(until: Array("\r\n".utf8))
                    break
                }
                while buffer.count < size + 2 { guard fill() else { throw Failure(description: "short chunk") } }
                body += buffer[..<size]
                buffer.removeSubrange(..<(size + 2))
            }
        } else {
            while fill() {}
            body = buffer
            buffer = []
        }
        return Response(status: status, headers: headers, body: body)
    }

    /// The next Server-Sent Event's name and data, from a stream whose head was read.
    func readEvent() throws -> (name: String, data: String) {
        while true {
            let block = String(decoding: try take(until: Array("\n\n".utf8)), as: UTF8.self)
            var name: String?
            var data = ""
            // Chunk sizes of the chunked encoding stand on lines of their own, ignored here.
            for line in block.split(whereSeparator: \.isNewline) {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            if let name { return (name, data) }
        }
    }

    /// One request on a fresh connection: `GET path`, or another method, with more header lines.
    static func fetch(_ path: String, port: Int, method: String = "GET", headers: [String] = []) throws -> Response {
        let connection = try RawHTTPConnection(port: port)
        let extra = headers.map { $0 + "\r\n" }.joined()
        try connection.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(extra)Connection: close\r\n\r\n")
        return try connection.readResponse(head: method == "HEAD")
    }
}
