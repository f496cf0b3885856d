#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// The files under `content/` as one build listed them, and what listing them said: what the
/// next build of `sitegen serve` starts from when its watcher names the paths that changed.
public struct ContentListing: Sendable {
    public var entries: [SiteScanner.Entry]
    public var diagnostics: [Diagnostic]

    public init(entries: [SiteScanner.Entry] = [], diagnostics: [Diagnostic] = []) {
        self.entries = entries
        self.diagnostics = diagnostics
    }

    /// The listing after the files at `changed` (relative to the site root) changed, each asked
    /// about again and no other: a file edited, created, replaced or deleted. Nil when only a
    /// whole listing can tell: the folder itself, a folder or a link among them, a folder gone
    /// that held listed files, a name that is not UTF-8, or an earlier listing that said
    /// something (its warnings are about paths that may be among these).
    func updated(with changed: Set<String>, scanner: SiteScanner, folder: String) -> ContentListing? {
        guard diagnostics.isEmpty, !changed.contains(folder) else { return nil }
        let prefix = folder + "/"
        var entries = entries
        for path in changed.sorted() where path.hasPrefix(prefix) {
            // A full listing skips hidden files and folders, and everything inside them.
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if path.unicodeScalars.contains("\u{FFFD}") { return nil }
            let index = PathOrder.index(of: path, in: entries, pathOf: \.path)
            let isListed = index < entries.count && entries[index].path == path
            let absolutePath = scanner.root.path + "/" + path
            var info = stat()
            guard lstat(absolutePath, &info) == 0 else {
                if isListed {
                    entries.remove(at: index)
                } else if index < entries.count, entries[index].path.hasPrefix(path + "/") {
                    return nil
                }
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            let entry = SiteScanner.Entry(
                path: path, relativePath: String(path.dropFirst(prefix.count)), absolutePath: absolutePath, stamp: FileStamp(info))
            if isListed { entries[index] = entry } else { entries.insert(entry, at: index) }
        }
        return ContentListing(entries: entries)
    }
}
