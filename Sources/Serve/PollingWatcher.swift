import Content
import Foundation
import Synchronization

/// Watches a site by listing its sources every `interval` and comparing file stamps: for
/// systems without inotify, and for folders inotify cannot watch (some network mounts).
final class PollingWatcher: SiteWatcher, @unchecked Sendable {
    let changes: AsyncStream<SiteChange>
    private let continuation: AsyncStream<SiteChange>.Continuation
    private let stopped = Atomic<Bool>(false)
    private let root: URL
    private let interval: Duration

    init(root: URL, interval: Duration) {
        self.root = root
        self.interval = interval
        (changes, continuation) = AsyncStream.makeStream(of: SiteChange.self)
        let thread = Thread { [self] in run() }
        thread.name = "sitegen-poll"
        thread.start()
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

    /// Every watched file's stamp, by path relative to the site folder.
    private func stamps() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        if let stamp = FileStamp(path: root.appendingPathComponent(SiteChange.configFile).path) {
            result[SiteChange.configFile] = stamp
        }
        var pending = SiteChange.watchedFolders
        while let folder = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            for name in names where SiteChange.matters(Substring(name)) {
                let path = folder + "/" + name
                let url = root.appendingPathComponent(path)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    // The build does not follow links to folders below the top ones; nor does this.
                    let isLink = (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) ?? false
                    if !isLink { pending.append(path) }
                } else if let stamp = FileStamp(path: url.path) {
                    result[path] = stamp
                }
            }
        }
        return result
    }
}
