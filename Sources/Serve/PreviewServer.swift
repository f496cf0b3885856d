import Diagnostics
import Foundation
import Hummingbird
import Logging
import Models
import NIOCore
import Output
import ServiceLifecycle

/// `sitegen serve`: builds the site into memory, serves it on a local port, watches its
/// sources, rebuilds what changed and reloads the browsers that show it.
public struct PreviewServer: Sendable {
    public let options: ServeOptions

    public init(options: ServeOptions) {
        self.options = options
    }

    /// A problem that stops the server before or while it starts, said plainly.
    public struct StartError: Error, CustomStringConvertible {
        /// The whole message as printed, `error:` included.
        public var description: String

        init(_ diagnostic: Diagnostic) {
            description = DiagnosticFormatter.format(diagnostic)
        }

        init(_ message: String) {
            self.init(.error(message, at: nil))
        }
    }

    /// Builds, then serves until SIGINT or SIGTERM.
    public func run() async throws {
        if let output = options.output,
           let problem = OutputWriter(destination: output, protecting: [options.source]).checkDestination() {
            throw StartError(problem)
        }
        let basePath = Self.servedBasePath(options.baseURL)
        let state = PreviewState(basePath: basePath)
        let events = EventBroadcaster()
        let rebuilder = SiteRebuilder(options: options, state: state)
        let first = await rebuilder.rebuild(nil)
        if !options.quiet {
            Console.out(first.succeeded
                ? "Built the site in \(Int((first.seconds * 1000).rounded())) ms"
                : "The build failed; serving the diagnostics until it is fixed")
        }
        let watcher = SiteWatchers.make(root: options.source, quietPeriod: options.quietPeriod,
                                        polling: options.polling, pollInterval: options.pollInterval)
        watcher.watch(files: first.namedFiles)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        let quiet = options.quiet
        let host = options.host
        let application = Application(
            responder: PreviewResponder(state: state, events: events, reader: SourceFileReader(siteRoot: options.source.path)),
            server: .preview(configuration: .init(idleTimeout: .milliseconds(Int64(options.idleTimeout.milliseconds))),
                             policy: HostPolicy(listeningOn: options.host, allowing: options.allowedHosts)),
            configuration: ApplicationConfiguration(address: .hostname(host, port: options.port), serverName: "sitegen"),
            services: [RebuildService(watcher: watcher, rebuilder: rebuilder, events: events, quiet: quiet)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                Console.out("Serving at \(Self.url(host: host, port: port, basePath: basePath)) (Ctrl-C to stop)")
            },
            logger: logger)
        var configuration = ServiceGroupConfiguration(
            services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(3)
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            watcher.stop()
            throw StartError("port \(options.port) on \(host) is already in use; stop the program that uses it, or choose another port with --port (--port 0 picks a free one)")
        } catch let error as IOError where error.errnoCode == EACCES {
            watcher.stop()
            throw StartError("not allowed to listen on port \(options.port) of \(host); choose a port above 1023 with --port")
        } catch {
            watcher.stop()
            throw StartError("cannot serve on \(host):\(options.port): \(error)")
        }
        if !quiet { Console.out("Stopped") }
    }

    /// The path the site is served below: `--base-url`'s path, or `/`.
    static func servedBasePath(_ baseURL: String?) -> String {
        baseURL.flatMap { SiteConfig.splitBaseURL($0)?.basePath } ?? "/"
    }

    static func url(host: String, port: Int, basePath: String) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)\(basePath)"
    }
}
