import Diagnostics
import Foundation

/// Lists the files of a folder of the site, safely: hidden files are skipped, and a symbolic
/// link is followed only when it stays inside the site (a warning names the ones that don't).
public struct SiteScanner: Sendable {
    public let root: URL
    private let resolvedRoot: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.resolvedRoot = self.root.resolvingSymlinksInPath().path
    }

    /// A file found in a site folder.
    public struct Entry: Sendable, Hashable {
        /// Relative to the site root, with `/` separators: `content/news/a.md`.
        public var path: String
        /// Relative to the scanned folder: `news/a.md`.
        public var relativePath: String
        public var url: URL
    }

    /// Every regular file below `folder` (relative to the site root), sorted by path.
    /// A folder that does not exist has no files.
    public func files(in folder: String) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        let top = root.appendingPathComponent(folder)
        guard fileManager.fileExists(atPath: top.path) else { return ([], []) }
        guard kind(of: top, path: folder, diagnostics: &diagnostics, allowFolderLink: true) == .directory else { return ([], diagnostics) }
        var pending = [folder]
        while let current = pending.popLast() {
            let directory = root.appendingPathComponent(current)
            guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = current + "/" + name
                let url = root.appendingPathComponent(path)
                guard let kind = kind(of: url, path: path, diagnostics: &diagnostics, allowFolderLink: false) else { continue }
                switch kind {
                case .directory:
                    pending.append(path)
                case .file:
                    let relative = String(path.dropFirst(folder.count + 1))
                    entries.append(Entry(path: path, relativePath: relative, url: url))
                }
            }
        }
        entries.sort { $0.path < $1.path }
        return (entries, diagnostics)
    }

    private enum Kind { case file, directory }

    /// A site's top folders (`content`, `assets`) may be links to a folder inside the site.
    private func kind(of url: URL, path: String, diagnostics: inout [Diagnostic], allowFolderLink: Bool) -> Kind? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            diagnostics.append(.warning("skipped: a symbolic link to nothing", at: .start(of: path)))
            return nil
        }
        let isLink = (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) ?? false
        if isLink {
            let target = url.resolvingSymlinksInPath().path
            guard target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") else {
                diagnostics.append(.warning("skipped: a symbolic link that leads out of the site (to \(target))", at: .start(of: path)))
                return nil
            }
            // A link to a folder inside the site would list the same files twice, or loop.
            if isDirectory.boolValue, !allowFolderLink {
                diagnostics.append(.warning("skipped: a symbolic link to a folder", at: .start(of: path)))
                return nil
            }
        }
        return isDirectory.boolValue ? .directory : .file
    }
}
