import Hummingbird
import ServiceLifecycle

/// Answers every request of the preview server from the current snapshot: site files, the
/// directory redirect, the site's 404 page, the live-reload script and its event stream.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let events: EventBroadcaster
    let reader: SourceFileReader

    static let chunkSize = 1 << 16

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var response = text(.methodNotAllowed, "Only GET and HEAD are served.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        // No validators are sent (nothing is cached), so a conditional range never matches: whole file.
        let range = request.headers[.ifRange] == nil ? request.headers[.range] : nil
        let response = respond(to: request.head.path ?? "", range: range, snapshot: state.current)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func respond(to target: String, range: String?, snapshot: PreviewSnapshot) -> Response {
        switch RequestTarget.parse(target, basePath: snapshot.basePath) {
        case .invalid(let reason):
            return text(.badRequest, "Bad request: \(reason).\n")
        case .reserved(let name):
            return reserved(name, snapshot: snapshot)
        case .redirect(let location):
            return redirect(to: location)
        case .outside:
            return notFound(snapshot)
        case .site(let path):
            guard snapshot.hasSite else { return noSiteYet(snapshot) }
            let lookup = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            if let file = snapshot.files[lookup], let response = serve(file, path: lookup, range: range, snapshot: snapshot) {
                return response
            }
            if !path.isEmpty, !path.hasSuffix("/"), snapshot.files[path + "/index.html"] != nil {
                let rawPath = target.prefix { $0 != "?" && $0 != "#" }
                return redirect(to: rawPath + "/" + RequestTarget.query(of: target))
            }
            return notFound(snapshot)
        }
    }

    private func reserved(_ name: String, snapshot: PreviewSnapshot) -> Response {
        switch "/__sitegen/" + name {
        case LiveReload.scriptPath:
            return bytes(Array(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")
        case LiveReload.eventsPath:
            return eventStream()
        default:
            return text(.notFound, "Not found.\n")
        }
    }

    /// A `text/event-stream` that says hello with the current version, then relays every live
    /// event until the browser leaves or the server stops.
    private func eventStream() -> Response {
        let (events, state) = (self.events, self.state)
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let stream = events.subscribe()
            try await writer.write(ByteBuffer(string: LiveEvent.hello(version: state.current.version).encoded))
            // The server waits for open responses when it stops: end this one then.
            try await withGracefulShutdownHandler {
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.encoded))
                }
            } onGracefulShutdown: {
                events.close()
            }
            try await writer.finish(nil)
        })
    }

    /// A built file: a page with the live-reload script, any other file whole or in part.
    private func serve(_ file: ServedFiles.File, path: String, range: String?, snapshot: PreviewSnapshot) -> Response? {
        let type = MediaType.of(path: path)
        switch file.source {
        case .bytes(let contents):
            if type == MediaType.html {
                return bytes(LiveReload.inject(into: contents, version: snapshot.version, failure: snapshot.failure), type: type)
            }
            return partial(size: contents.count, type: type, range: range) { part in
                ResponseBody(byteBuffer: ByteBuffer(bytes: contents[part]))
            }
        case .copy(let url):
            guard let opened = reader.openFile(url.path) else { return nil }
            if type == MediaType.html {
                var contents: [UInt8] = []
                while let chunk = opened.nextChunk(upTo: Self.chunkSize), !chunk.isEmpty { contents += chunk }
                return bytes(LiveReload.inject(into: contents, version: snapshot.version, failure: snapshot.failure), type: type)
            }
            return partial(size: opened.size, type: type, range: range) { part in
                ResponseBody(contentLength: part.count) { writer in
                    guard opened.seek(to: part.lowerBound) else { throw ReadError() }
                    var remaining = part.count
                    while remaining > 0, let chunk = opened.nextChunk(upTo: min(remaining, Self.chunkSize)), !chunk.isEmpty {
                        try await writer.write(ByteBuffer(bytes: chunk))
                        remaining -= chunk.count
                    }
                    guard remaining == 0 else { throw ReadError() }
                    try await writer.finish(nil)
                }
            }
        }
    }

    /// The file shrank or could not be read while it was sent: the connection is closed.
    private struct ReadError: Error {}

    /// A file that is not a page, of `size` bytes: whole (200), the part a `Range` header asks
    /// for (206), or 416 when no byte of it is asked for. `body` gives the bytes in a range.
    private func partial(size: Int, type: String, range: String?, body: (Range<Int>) -> ResponseBody) -> Response {
        var headers = Self.headers(type: type)
        headers[.acceptRanges] = "bytes"
        switch ByteRange.resolve(range, size: size) {
        case .whole:
            headers[.contentLength] = String(size)
            return Response(status: .ok, headers: headers, body: body(0..<size))
        case .part(let part):
            headers[.contentLength] = String(part.count)
            headers[.contentRange] = "bytes \(part.lowerBound)-\(part.upperBound)/\(size)"
            return Response(status: .partialContent, headers: headers, body: body(part.lowerBound..<(part.upperBound + 1)))
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(size)"
            headers[.contentLength] = "0"
            return Response(status: .rangeNotSatisfiable, headers: headers, body: ResponseBody())
        }
    }

    /// The site's own 404 page, with status 404.
    private func notFound(_ snapshot: PreviewSnapshot) -> Response {
        guard snapshot.hasSite, case .bytes(let page)? = snapshot.files["404.html"]?.source else {
            return text(.notFound, "Not found.\n")
        }
        var response = bytes(LiveReload.inject(into: page, version: snapshot.version, failure: snapshot.failure), type: MediaType.html)
        response.status = .notFound
        return response
    }

    /// Before the first successful build: the diagnostics, and the script that reloads once fixed.
    private func noSiteYet(_ snapshot: PreviewSnapshot) -> Response {
        let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>sitegen: build failed</title></head><body>\n</body></html>\n"
        var response = bytes(LiveReload.inject(into: Array(page.utf8), version: snapshot.version, failure: snapshot.failure ?? "The site is being built.", siteShown: false),
                             type: MediaType.html)
        response.status = .serviceUnavailable
        return response
    }

    private func redirect(to location: some StringProtocol) -> Response {
        var response = text(.movedPermanently, "Moved to \(location)\n")
        response.headers[.location] = String(location)
        return response
    }

    private func bytes(_ contents: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: Self.headers(type: type), body: ResponseBody(byteBuffer: ByteBuffer(bytes: contents)))
    }

    private func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(status: status, headers: Self.headers(type: "text/plain; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }

    /// Every response: its type, never cached (an edit must show on reload), never sniffed.
    private static func headers(type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return headers
    }
}
