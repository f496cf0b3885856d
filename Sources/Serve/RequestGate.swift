import NIOCore
import NIOHTTP1

/// Every request passes here, on its HTTP/1 form, before any route sees it: a `Host` the
/// ``HostPolicy`` refuses is answered 403 (400 when malformed or missing) and the connection
/// closed; nothing of the request reaches the routes.
final class RequestGate: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let policy: HostPolicy

    /// Requests passed on whose responses have not ended yet.
    private var awaitingResponse = 0

    private enum State {
        case open
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
        case .refused:
            return
        }
    }

    /// A request's head: refused, or passed on.
    private func admit(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        switch policy.verdict(hostFields: head.headers["Host"], requiresHost: head.version.isHTTP11OrLater) {
        case .allowed:
            break
        case .refused(let name):
            refuse(.forbidden, HostPolicy.refusal(of: name), head: head, context: context)
            return
        case .malformed(let reason):
            refuse(.badRequest, "Bad request: \(reason).\n", head: head, context: context)
            return
        }
        awaitingResponse += 1
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head, .body:
            context.write(data, promise: promise)
        case .end:
            context.write(data, promise: promise)
            awaitingResponse = max(0, awaitingResponse - 1)
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
        guard awaitingResponse == 0, case .refused(let status, let text, let isHead, sent: false) = state else { return }
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

extension HTTPVersion {
    fileprivate var isHTTP11OrLater: Bool { major > 1 || major == 1 && minor >= 1 }
}
