import Foundation
import Load
import Synchronization

/// Watches a site by listing its sources every `interval` and comparing file stamps: for
/// systems without inotify, and for folders inotify cannot watch (some network mounts).
final class PollingWatcher: SiteWatcher, @unchecked Sendable {
    let changes: AsyncStream<SiteChange>
    private let continuation: AsyncStream<SiteChange>.Continuation
    private let stopped = Atomic<Bool>(false)
    private let root: URL
    private let interval: Duration
    /// Files watched besides the site's folders and `site.yml`.
    private let namedFiles = Mutex<Set<String>>([])

    init(root: URL, interval: Duration) {
        self.root = root
        self.interval = interval
        (changes, continuation) = AsyncStream.makeStream(of: SiteChange.self)
        let thread = Thread { [self] in run() }
        thread.name = "sitegen-poll"
        thread.start()
    }

    func watch(files: Set<String>) {
        namedFiles.withLock { $0 = files }
    }

    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private func run() {
        defer { continuation.finish() }
        var known = stamps()
        while !stopped.load(ordering: .relaxed) {
            Thread.sleep(forTimeInterval: Double(interval.milliseconds) / 1000)
            let now = stamps()
            var change = SiteChange()
            for (path, stamp) in now where known[path] != stamp { change.paths.insert(path) }
            for path in known.keys where now[path] == nil { change.paths.insert(path) }
            known = now
            if !change.isEmpty { continuation.yield(change) }
        }
    }

    /// Every watched file's stamp: the files a build reads.
    private func stamps() -> [String: FileStamp] {
        SiteInventory.stamps(root: root, namedFiles: namedFiles.withLock { $0 })
    }
}
