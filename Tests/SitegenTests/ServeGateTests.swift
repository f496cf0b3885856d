import Foundation
import Testing

/// What every request to `sitegen serve` meets before any route: the `Host` check against
/// DNS rebinding, and connections that end when the request says so.
@Suite(.serialized) struct ServeGateTests {
    /// One request on a fresh connection, with exactly this request line and `Host` field
    /// (none when nil), closing the connection.
    static func exchange(_ requestLine: String, host: String?, port: Int) throws -> RawHTTPConnection.Response {
        let connection = try RawHTTPConnection(port: port)
        try connection.send(requestLine + "\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "Connection: close\r\n\r\n")
        return try connection.readResponse(head: requestLine.hasPrefix("HEAD "))
    }

    static let evilRefusal = """
        sitegen serve does not answer requests for host 'evil.example' (DNS rebinding protection); \
        if you reached the preview through that name, restart it with --allowed-host evil.example

        """

    @Test func answersOnlyHostsThatNoOtherSiteCanRebind() throws {
        let site = try ServeTests.makeSite()
        let server = try ServerProcess(site: site.root, arguments: ["--allowed-host", "preview.example.org", "--allowed-host", ".lab.example"])
        let table: [(host: String?, status: Int)] = [
            ("localhost", 200), ("LOCALHOST.", 200), ("foo.localhost", 200), ("127.0.0.1:8000", 200), ("[::1]:8000", 200),
            ("192.168.1.5", 200), ("preview.example.org", 200), ("Preview.Example.org:8000", 200), ("lab.example", 200), ("x.lab.example", 200),
            ("evil.example", 403), ("localhost.evil.example", 403), ("127.0.0.1.nip.io", 403), ("sub.preview.example.org", 403),
            ("", 400), (nil, 400), ("::1", 400),
        ]
        for (host, status) in table {
            let response = try Self.exchange("GET / HTTP/1.1", host: host, port: server.port)
            #expect(response.status == status, "Host: \(host ?? "(none)")")
            if status == 200 { #expect(response.text.contains("Welcome home.")) }
        }
        #expect(try Self.exchange("GET / HTTP/1.1", host: nil, port: server.port).text == "Bad request: an HTTP/1.1 request needs a Host header.\n")
        #expect(try Self.exchange("GET / HTTP/1.0", host: nil, port: server.port).status == 200, "HTTP/1.0 may leave Host out")

        // Every route is behind the check, the live-reload script and its events included.
        for path in ["/", "/__sitegen/live.js", "/__sitegen/events", "/no/such/page/", "/files/a.png", "/../etc/passwd"] {
            let refused = try Self.exchange("GET \(path) HTTP/1.1", host: "Evil.Example:8000", port: server.port)
            #expect(refused.status == 403, "\(path)")
            #expect(refused.text == Self.evilRefusal, "\(path)")
            #expect(refused.headers["content-type"] == "text/plain; charset=utf-8")
            #expect(refused.headers["connection"] == "close")
        }
        let head = try Self.exchange("HEAD / HTTP/1.1", host: "evil.example", port: server.port)
        #expect(head.status == 403)
        #expect(head.headers["content-length"] == String(Self.evilRefusal.utf8.count))
        #expect(try Self.exchange("POST / HTTP/1.1", host: "evil.example", port: server.port).status == 403)
        #expect(server.stop() == 0)
    }

    /// A refused request behind an allowed one on the same connection: the first is answered
    /// in full, then the refusal, then the connection ends.
    @Test func aRefusedRequestWaitsForTheOnesBeforeIt() throws {
        let site = try ServeTests.makeSite()
        let server = try ServerProcess(site: site.root)
        let connection = try RawHTTPConnection(port: server.port)
        try connection.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\nGET /news/ HTTP/1.1\r\nHost: evil.example\r\n\r\nGET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let first = try connection.readResponse()
        #expect(first.status == 200)
        #expect(first.text.contains("Welcome home."))
        let second = try connection.readResponse()
        #expect(second.status == 403)
        #expect(second.text == Self.evilRefusal)
        #expect(connection.readsEndOfStream(), "nothing is answered after a refusal")
    }

    /// HTTP/1.0 (keep-alive is not offered to it) and `Connection: close` in any spelling get
    /// one full response, then the end of the stream.
    @Test func requestsThatEndTheConnectionAreAnsweredAndClosed() throws {
        let site = try ServeTests.makeSite()
        let server = try ServerProcess(site: site.root)
        let requests: [(request: String, status: Int)] = [
            ("GET / HTTP/1.0\r\n\r\n", 200),
            ("GET /nothing HTTP/1.0\r\n\r\n", 404),
            ("GET / HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n", 200),
            ("HEAD / HTTP/1.0\r\n\r\n", 200),
            ("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 200),
            ("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: Close\r\n\r\n", 200),
            ("GET /files/e.pdf HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive, close\r\n\r\n", 200),
            ("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello", 405),
        ]
        for (request, status) in requests {
            let connection = try RawHTTPConnection(port: server.port)
            try connection.send(request)
            let response = try connection.readResponse(head: request.hasPrefix("HEAD "))
            #expect(response.status == status, "\(request.debugDescription)")
            #expect(response.headers["connection"] == "close", "\(request.debugDescription)")
            #expect(connection.readsEndOfStream(), "\(request.debugDescription)")
        }

        // The event stream to an HTTP/1.0 client is not chunked: it ends with the connection.
        let events = try RawHTTPConnection(port: server.port)
        try events.send("GET /__sitegen/events HTTP/1.0\r\n\r\n")
        let head = try events.readHead()
        #expect(head.status == 200)
        #expect(head.headers["transfer-encoding"] == nil)
        #expect(try events.readEvent().name == "hello")

        // HTTP/1.1 without `Connection: close` keeps the connection for the next request.
        let kept = try RawHTTPConnection(port: server.port)
        try kept.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try kept.readResponse().status == 200)
        try kept.send("GET /news/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try kept.readResponse().status == 200)
        #expect(server.stop() == 0)
    }
}
