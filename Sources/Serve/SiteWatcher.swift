import Foundation

/// Reports changes to a site's sources: `content/`, `templates/`, `assets/` and `site.yml`.
/// Bursts of changes (an editor writes a temporary file, then renames it over the old one)
/// arrive as one `SiteChange`, once no new change came for `quietPeriod`.
protocol SiteWatcher: Sendable {
    /// The changes, until `stop()`.
    var changes: AsyncStream<SiteChange> { get }
    /// Watches these files too (paths relative to the site folder, outside the watched folders:
    /// `site.yml`'s `bibliography:`), instead of those given before.
    func watch(files: Set<String>)
    func stop()
}

enum SiteWatchers {
    /// inotify where there is one (Linux), else polling; `polling` forces polling.
    static func make(root: URL, quietPeriod: Duration, polling: Bool, pollInterval: Duration) -> any SiteWatcher {
        #if os(Linux)
        if !polling, let watcher = InotifyWatcher(root: root, quietPeriod: quietPeriod) { return watcher }
        #endif
        return PollingWatcher(root: root, interval: pollInterval)
    }
}

extension Duration {
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
