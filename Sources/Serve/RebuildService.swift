import Diagnostics
import ServiceLifecycle

/// Runs beside the HTTP server: rebuilds the site after each burst of changes the watcher
/// reports and tells browsers; pings idle event streams. Stops on graceful shutdown,
/// after the rebuild in progress (if any) finished, so no build is left half written.
struct RebuildService: Service {
    let watcher: any SiteWatcher
    let rebuilder: SiteRebuilder
    let events: EventBroadcaster
    let quiet: Bool

    static let pingInterval = Duration.seconds(20)

    func run() async throws {
        let (watcher, rebuilder, events, quiet) = (self.watcher, self.rebuilder, self.events, self.quiet)
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await change in watcher.changes {
                        let outcome = await rebuilder.rebuild(change)
                        watcher.watch(files: outcome.namedFiles)
                        // Said before browsers are told, so the terminal's account is never behind them.
                        if !quiet { Console.out(Self.describe(outcome, change: change)) }
                        if let event = outcome.event { events.send(event) }
                    }
                }
                group.addTask {
                    while (try? await Task.sleep(for: Self.pingInterval)) != nil { events.send(.ping) }
                }
                await group.next()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            watcher.stop()
        }
        // Also when the service ends by cancellation rather than by a graceful shutdown.
        watcher.stop()
        events.close()
    }

    /// `Rebuilt in 14 ms after content/news/a.md changed: 3 pages rendered, 3 files changed
    /// (load 2 ms, parse 1 ms, assemble 3 ms, render 6 ms, publish 2 ms)`.
    static func describe(_ outcome: SiteRebuilder.Outcome, change: SiteChange) -> String {
        let milliseconds = Int((outcome.seconds * 1000).rounded())
        let cause = change.everything || change.paths.count > 3
            ? "changes"
            : PrintableText.escaping(change.paths.sorted().joined(separator: ", ")) + " changed"
        guard outcome.succeeded else { return "Rebuild failed after \(cause) (\(milliseconds) ms); still serving the last good site" }
        let files = outcome.filesChanged == 1 ? "1 file" : "\(outcome.filesChanged) files"
        let pages = outcome.pagesRendered == 1 ? "1 page" : "\(outcome.pagesRendered) pages"
        return "Rebuilt in \(milliseconds) ms after \(cause): \(pages) rendered, \(files) changed (\(outcome.stages))"
    }
}
