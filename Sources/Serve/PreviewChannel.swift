import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1 connection with a ``RequestGate`` between the HTTP/1 decoder and the
/// rest, where the request's version and `Host` fields are still at hand.
struct PreviewChannel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http1: HTTP1Channel
    let policy: HostPolicy

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let policy = self.policy
        return http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(RequestGate(policy: policy), position: .after(decoder))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1 with every request through the ``RequestGate``.
    static func preview(configuration: HTTP1Channel.Configuration, policy: HostPolicy) -> HTTPServerBuilder {
        .init { responder in
            PreviewChannel(http1: HTTP1Channel(responder: responder, configuration: configuration), policy: policy)
        }
    }
}
