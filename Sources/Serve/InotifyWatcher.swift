#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// Watches a site with Linux's inotify. inotify watches one folder at a time, so every folder
/// below `content/`, `templates/` and `assets/` gets a watch, and folders that appear later get
/// one as they appear. The site folder itself is watched for `site.yml` and for the three
/// folders being created, removed or renamed.
final class InotifyWatcher: SiteWatcher, @unchecked Sendable {
    let changes: AsyncStream<SiteChange>
    private let continuation: AsyncStream<SiteChange>.Continuation
    private let stopped = Atomic<Bool>(false)
    private let root: URL
    private let descriptor: Int32
    private let quietMilliseconds: Int32
    /// Watch descriptor → folder relative to the root ("" for the root). Used by the watch thread only.
    private var folders: [Int32: String] = [:]
    /// Files created during the current burst. One that is renamed away or deleted in the same
    /// burst (an editor's or `sed -i`'s temporary file) was never part of the site, and is not
    /// reported. Used by the watch thread only.
    private var createdInBurst: Set<String> = []
    /// Files to watch besides the site's folders, as last asked for; taken by the watch thread.
    private let requestedFiles = Mutex<Set<String>?>(nil)
    /// Files watched besides the site's folders, and the folders watched for them alone (a
    /// watch on the folder, as editors replace files by renaming). Used by the watch thread only.
    private var namedFiles: Set<String> = []
    private var namedFileFolders: Set<String> = []

    /// A burst that never pauses (a program writing a file for seconds) is still reported this often.
    private static let longestWait = Duration.milliseconds(300)
    private static let folderEvents = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init?(root: URL, quietPeriod: Duration) {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.root = root
        self.quietMilliseconds = Int32(max(1, quietPeriod.milliseconds))
        (changes, continuation) = AsyncStream.makeStream(of: SiteChange.self)
        guard addWatch(""), SiteChange.watchedFolders.allSatisfy({ addTree($0, followLink: true) || !exists($0) }) else {
            close(descriptor)
            return nil
        }
        let thread = Thread { [self] in run() }
        thread.name = "sitegen-watch"
        thread.start()
    }

    func watch(files: Set<String>) {
        requestedFiles.withLock { $0 = files }
    }

    /// Watches the folders of the files last asked for (the site folder already is).
    private func takeRequestedFiles() {
        guard let files = requestedFiles.withLock({ requested -> Set<String>? in
            defer { requested = nil }
            return requested
        }) else { return }
        namedFiles = files
        for file in files {
            guard let slash = file.lastIndex(of: "/") else { continue }
            let folder = String(file[..<slash])
            if !namedFileFolders.contains(folder), addWatch(folder, followLink: false) { namedFileFolders.insert(folder) }
        }
    }

    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private func run() {
        defer {
            close(descriptor)
            continuation.finish()
        }
        var pending = SiteChange()
        var burstStart = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.load(ordering: .relaxed) {
            takeRequestedFiles()
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, pending.isEmpty ? 200 : quietMilliseconds)
            if ready > 0 {
                if pending.isEmpty { burstStart = .now }
                readEvents(into: &buffer, change: &pending)
                guard ContinuousClock.now - burstStart >= Self.longestWait else { continue }
            } else if ready < 0, errno == EINTR {
                continue
            }
            if !pending.isEmpty {
                continuation.yield(pending)
                pending = SiteChange()
            }
            createdInBurst = []
        }
    }

    /// Reads every queued event, adding what they changed to `change`.
    private func readEvents(into buffer: inout [UInt8], change: inout SiteChange) {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let watch = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
                let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                let nameLength = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + nameLength)].prefix { $0 != 0 }
                handle(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self), into: &change)
                offset += 16 + nameLength
            }
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String, into change: inout SiteChange) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            change.everything = true
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders.removeValue(forKey: watch)
            return
        }
        guard let folder = folders[watch] else { return }
        let path = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
        if folder.isEmpty {
            guard name == SiteChange.configFile || SiteChange.watchedFolders.contains(name) || namedFiles.contains(name) else { return }
        } else if namedFileFolders.contains(folder) {
            guard namedFiles.contains(path) else { return }
        } else if !name.isEmpty, !SiteChange.matters(Substring(name)) {
            return
        }
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            _ = addTree(path, followLink: folder.isEmpty)
        }
        // A file deleted earlier in the burst and made again is not new: its deletion must still count.
        if !isFolder, mask & UInt32(IN_CREATE) != 0, !change.paths.contains(path) { createdInBurst.insert(path) }
        if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0, createdInBurst.remove(path) != nil {
            change.paths.remove(path)
            return
        }
        change.paths.insert(path)
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Watches `path` and every folder below it; false when `path` cannot be watched.
    private func addTree(_ path: String, followLink: Bool) -> Bool {
        guard addWatch(path, followLink: followLink) else { return false }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path)) ?? []
        for name in names where SiteChange.matters(Substring(name)) {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(child)
            let isLink = (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) ?? false
            if !isLink, FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                _ = addTree(child, followLink: false)
            }
        }
        return true
    }

    private func addWatch(_ path: String, followLink: Bool = true) -> Bool {
        var mask = Self.folderEvents | UInt32(IN_ONLYDIR)
        if !followLink { mask |= UInt32(IN_DONT_FOLLOW) }
        let watch = inotify_add_watch(descriptor, root.appendingPathComponent(path).path, mask)
        guard watch >= 0 else { return false }
        folders[watch] = path
        return true
    }
}
#endif
