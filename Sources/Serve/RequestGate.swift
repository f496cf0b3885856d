import NIOCore
import NIOHTTP1

/// Every request passes here, on its HTTP/1 form, before any route sees it:
///
/// - a `Host` the ``HostPolicy`` refuses is answered 403 (400 when malformed or missing) and
///   the connection closed; nothing of the request reaches the routes;
/// - a request that ends its connection (`Connection: close` in any spelling, and every
///   HTTP/1.0 request, for which keep-alive is not offered) is passed on with exactly
///   `Connection: close`, which is what the server looks for before closing after its response;
/// - a response to HTTP/1.0 is sent as HTTP/1.0, so its body is never chunked.
final class RequestGate: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let policy: HostPolicy

    /// Requests passed on whose responses have not ended yet, oldest first.
    private var awaitingResponse: [(version: HTTPVersion, closes: Bool)] = []

    private enum State {
        case open
        /// A request that ends the connection was passed on: the rest of it follows, nothing after it.
        case lastRequest
        case finished
        /// A request was refused; the answer goes out once earlier responses have ended.
        case refused(status: HTTPResponseStatus, text: String, isHead: Bool, sent: Bool)
    }

    private var state = State.open

    init(policy: HostPolicy) {
        self.policy = policy
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch state {
        case .open:
            if case .head(let head) = part { admit(head, context: context) } else { context.fireChannelRead(data) }
        case .lastRequest:
            if case .end = part { state = .finished }
            context.fireChannelRead(data)
        case .finished, .refused:
            return
        }
    }

    /// A request's head: refused, or passed on marked for closing when it ends the connection.
    private func admit(_ request: HTTPRequestHead, context: ChannelHandlerContext) {
        var head = request
        let requiresHost = head.version.isHTTP11OrLater
        switch policy.verdict(hostFields: head.headers["Host"], requiresHost: requiresHost) {
        case .allowed:
            break
        case .refused(let name):
            refuse(.forbidden, HostPolicy.refusal(of: name), head: head, context: context)
            return
        case .malformed(let reason):
            refuse(.badRequest, "Bad request: \(reason).\n", head: head, context: context)
            return
        }
        let closes = !head.isKeepAlive || !requiresHost
        if closes {
            head.headers.replaceOrAdd(name: "Connection", value: "close")
            state = .lastRequest
        }
        awaitingResponse.append((head.version, closes))
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head):
            if let request = awaitingResponse.first, !head.status.isInformational {
                if !request.version.isHTTP11OrLater { head.version = request.version }
                if request.closes { head.headers.replaceOrAdd(name: "Connection", value: "close") }
            }
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            context.write(data, promise: promise)
            if !awaitingResponse.isEmpty { awaitingResponse.removeFirst() }
            sendRefusalWhenDue(context: context)
        }
    }

    private func refuse(_ status: HTTPResponseStatus, _ text: String, head: HTTPRequestHead, context: ChannelHandlerContext) {
        state = .refused(status: status, text: text, isHead: head.method == .HEAD, sent: false)
        sendRefusalWhenDue(context: context)
    }

    /// Answers the refused request after every earlier response, then closes the connection
    /// for writing; the server closes it when the client does.
    private func sendRefusalWhenDue(context: ChannelHandlerContext) {
        guard awaitingResponse.isEmpty, case .refused(let status, let text, let isHead, sent: false) = state else { return }
        state = .refused(status: status, text: text, isHead: isHead, sent: true)
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(text.utf8.count))
        headers.add(name: "Cache-Control", value: "no-store")
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        headers.add(name: "Connection", value: "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if !isHead {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
        }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            channel.close(mode: .output, promise: nil)
        }
    }
}

extension HTTPResponseStatus {
    fileprivate var isInformational: Bool { (100..<200).contains(code) }
}

extension HTTPVersion {
    fileprivate var isHTTP11OrLater: Bool { major > 1 || major == 1 && minor >= 1 }
}
