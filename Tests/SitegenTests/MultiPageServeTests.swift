#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Parse
import Serve
import Testing

/// `sitegen serve` with a file of many pages: the server runs in this process, as only here
/// can it be given the test-only `.entries` format.
@Suite(.serialized) struct MultiPageServeTests {
    @Test func anEntryEditUpdatesItsPageAsServed() async throws {
        let site = try TempSite([
            "site.yml": "title: Served entries\n",
            "content/reading.entries": "a: First\nb: Second\n",
        ])
        var options = ServeOptions(source: site.root)
        options.port = try Self.freePort()
        options.now = "2026-06-01"
        options.quiet = true
        options.formats = .withEntries
        let port = options.port
        let root = site.root
        let server = Task.detached { try await PreviewServer(options: options).run() }
        defer { server.cancel() }

        // Socket work blocks, so it runs on a thread of its own, not on one the server's tasks need.
        let seen = try await Self.blocking { () -> Seen in
            var seen = Seen()
            seen.first = try Self.fetchWhenServing("/reading/a/", port: port).text
            try Self.save("a: First, edited\nb: Second\n", as: "content/reading.entries", in: root)
            seen.edited = try Self.fetch("/reading/a/", port: port) { $0.text.contains("First, edited") }.text
            seen.list = try Self.fetch("/reading/", port: port).text
            seen.other = try Self.fetch("/reading/b/", port: port).text
            try Self.save("a: First, edited\n", as: "content/reading.entries", in: root)
            seen.removedStatus = try Self.fetch("/reading/b/", port: port) { $0.status == 404 }.status
            return seen
        }
        #expect(seen.first.contains("<h1>First</h1>"))
        #expect(seen.edited.contains("<h1>First, edited</h1>"))
        #expect(seen.list.contains(">First, edited</a>"))
        #expect(seen.other.contains("<h1>Second</h1>"))
        #expect(seen.removedStatus == 404)
        server.cancel()
        _ = await server.result
    }

    struct Seen: Sendable {
        var first = ""
        var edited = ""
        var list = ""
        var other = ""
        var removedStatus = 0
    }

    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// Saves a file as editors do, through a hidden temporary file renamed over it: the watcher
    /// sees one change, and no rebuild reads the file half written.
    static func save(_ text: String, as path: String, in root: URL) throws {
        let temporary = root.appendingPathComponent("content/.saving")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, root.appendingPathComponent(path).path) == 0 else {
            throw RawHTTPConnection.Failure(description: "rename: \(errno)")
        }
    }

    /// How long to wait for the server. It runs on this process's cooperative threads, which the
    /// synchronous tests running beside this one may hold for minutes on a loaded two-core machine
    /// (seen: more than 120 s while the whole suite ran beside other builds). A failure that is not
    /// slowness still fails, only later.
    static let patience = 600.0

    static func fetch(_ path: String, port: Int) throws -> RawHTTPConnection.Response {
        let connection = try RawHTTPConnection(port: port, timeout: patience)
        try connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return try connection.readResponse()
    }

    /// A page, once the server answers (it builds the site before it listens).
    static func fetchWhenServing(_ path: String, port: Int) throws -> RawHTTPConnection.Response {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            do {
                return try Self.fetch(path, port: port)
            } catch where Date() < deadline {
                usleep(20_000)
            }
        }
    }

    /// A page once it is as `expected` says (the server rebuilt after an edit), or as it is
    /// when the server has not got there after `patience`.
    static func fetch(_ path: String, port: Int, until expected: (RawHTTPConnection.Response) -> Bool) throws -> RawHTTPConnection.Response {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            let response = try fetch(path, port: port)
            if expected(response) || Date() >= deadline { return response }
            usleep(20_000)
        }
    }

    /// A port no one listens on now: the kernel's pick for a socket bound to port 0.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawHTTPConnection.Failure(description: "socket: \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let found = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard found else { throw RawHTTPConnection.Failure(description: "bind: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
