#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A `sitegen serve` process on a free port, for tests; stopped with SIGTERM when released.
final class ServerProcess {
    let process = Process()
    private let lines = LineCollector()
    private let errorLines = LineCollector()
    private(set) var port = 0

    init(site: URL, arguments: [String] = []) throws {
        process.executableURL = CommandLineTests.binary
        process.environment = CommandLineTests.environment
        process.arguments = ["serve", "--source", site.path, "--port", "0", "--now", "2026-06-01"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        lines.collect(output)
        errorLines.collect(errors)
        try process.run()
        let line = try waitForLine { $0.contains("Serving at http://127.0.0.1:") }.text
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

    /// Waits for a line of standard output that `matches`, the first at index `start` or later,
    /// for up to `timeout` seconds; returns its index and text.
    @discardableResult
    func waitForLine(from start: Int = 0, timeout: Double = 20, _ matches: (String) -> Bool) throws -> (index: Int, text: String) {
        guard let line = lines.waitForLine(from: start, timeout: timeout, matches) else {
            throw RawHTTPConnection.Failure(description: "no such line from line \(start) on; output: \(output), errors: \(errors)")
        }
        return line
    }

    /// Sends SIGTERM and waits for the process to end and for all it printed to be collected;
    /// returns the exit status.
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        lines.waitForEnd()
        errorLines.waitForEnd()
        return process.terminationStatus
    }

    /// Runs `edit` while the server is stopped (SIGSTOP), then lets it go on: every file change
    /// of the edit reaches the watcher at once, as one burst, however slowly the test runs.
    func whileStopped<T>(_ edit: () throws -> T) throws -> T {
        let id = process.processIdentifier
        guard kill(id, SIGSTOP) == 0 else { throw RawHTTPConnection.Failure(description: "cannot stop the server: \(errno)") }
        defer { kill(id, SIGCONT) }
        try waitUntilStopped()
        return try edit()
    }

    /// Waits until /proc shows every thread of the server stopped.
    private func waitUntilStopped() throws {
        let tasks = "/proc/\(process.processIdentifier)/task"
        while process.isRunning {
            let states = try FileManager.default.contentsOfDirectory(atPath: tasks).map { task in
                // `pid (name) S …`: the state follows the last parenthesis.
                let stat = try String(contentsOfFile: "\(tasks)/\(task)/stat", encoding: .utf8)
                return stat[stat.index(after: stat.lastIndex(of: ")") ?? stat.startIndex)...].dropFirst().first
            }
            if states.allSatisfy({ $0 == "T" || $0 == "t" }) { return }
            sched_yield()
        }
        throw RawHTTPConnection.Failure(description: "the server ended; errors: \(errors)")
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

/// The lines a child process writes to a pipe, collected as they come; readers wait for the
/// line they need, or for the end of the pipe, on a condition.
final class LineCollector: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var lines: [String] = []
    private var pending: [UInt8] = []
    private var ended = false

    var all: [String] {
        condition.lock()
        defer { condition.unlock() }
        return lines
    }

    func collect(_ pipe: Pipe) {
        pipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            condition.lock()
            defer {
                condition.broadcast()
                condition.unlock()
            }
            if data.isEmpty {
                handle.readabilityHandler = nil
                if !pending.isEmpty { lines.append(String(decoding: pending, as: UTF8.self)) }
                pending = []
                ended = true
                return
            }
            pending += data
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: pending[..<newline], as: UTF8.self))
                pending.removeSubrange(...newline)
            }
        }
    }

    /// The first line at index `start` or later that `matches`, with its index; nil when the
    /// pipe ends or `timeout` seconds pass without one.
    func waitForLine(from start: Int, timeout: Double, _ matches: (String) -> Bool) -> (index: Int, text: String)? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        var next = start
        while true {
            while next < lines.count {
                if matches(lines[next]) { return (next, lines[next]) }
                next += 1
            }
            if ended || !condition.wait(until: deadline) { return nil }
        }
    }

    /// Waits until the writer closed the pipe (up to `timeout` seconds).
    func waitForEnd(timeout: Double = 20) {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !ended, condition.wait(until: deadline) {}
    }
}
