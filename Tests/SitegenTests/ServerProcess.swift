import Foundation
import Synchronization

/// A `sitegen serve` process on a free port, for tests; stopped with SIGTERM when released.
final class ServerProcess {
    let process = Process()
    private let lines = LineCollector()
    private let errorLines = LineCollector()
    private(set) var port = 0

    init(site: URL, arguments: [String] = []) throws {
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--source", site.path, "--port", "0", "--now", "2026-06-01"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        lines.collect(output)
        errorLines.collect(errors)
        try process.run()
        let line = try waitForLine { $0.contains("Serving at http://127.0.0.1:") }
        guard let range = line.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
              let port = Int(line[range].split(separator: ":")[1]) else {
            throw RawHTTPConnection.Failure(description: "no port in \(line)")
        }
        self.port = port
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    var output: [String] { lines.all }
    var errors: String { errorLines.all.joined(separator: "\n") }

    /// Waits for a line of standard output that `matches`, for up to `timeout` seconds.
    @discardableResult
    func waitForLine(timeout: Double = 20, _ matches: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = lines.all.first(where: matches) { return line }
            guard process.isRunning || Date() < deadline else { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw RawHTTPConnection.Failure(description: "no such line; output: \(output), errors: \(errors)")
    }

    /// Sends SIGTERM and waits; returns the exit status.
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func fetch(_ path: String, method: String = "GET", headers: [String] = []) throws -> RawHTTPConnection.Response {
        try RawHTTPConnection.fetch(path, port: port, method: method, headers: headers)
    }

    /// A connection subscribed to the live-reload events, past its `hello`.
    func subscribe() throws -> RawHTTPConnection {
        let connection = try RawHTTPConnection(port: port)
        try connection.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let head = try connection.readHead()
        guard head.status == 200, try connection.readEvent().name == "hello" else {
            throw RawHTTPConnection.Failure(description: "no event stream")
        }
        return connection
    }
}

/// The lines a child process writes to a pipe, collected as they come.
final class LineCollector: Sendable {
    private let lines = Mutex<[String]>([])
    private let pending = Mutex("")

    var all: [String] { lines.withLock { $0 } }

    func collect(_ pipe: Pipe) {
        pipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            let complete: [String] = pending.withLock { text in
                text += String(decoding: data, as: UTF8.self)
                var parts = text.components(separatedBy: "\n")
                text = parts.removeLast()
                return parts
            }
            lines.withLock { $0 += complete }
        }
    }
}
