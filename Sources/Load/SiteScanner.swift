#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Foundation

/// Lists the files of a folder of the site, safely: hidden files are skipped, and a symbolic
/// link is followed only when it stays inside the site (a warning names the ones that don't).
public struct SiteScanner: Sendable {
    public let root: URL
    /// The root with every link resolved: what a file must be inside.
    let resolvedRoot: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.resolvedRoot = RealPath.resolve(self.root.path) ?? self.root.path
    }

    /// A file found in a site folder.
    public struct Entry: Sendable, Hashable {
        /// Relative to the site root, with `/` separators: `content/news/a.md`.
        public var path: String
        /// Relative to the scanned folder: `news/a.md`.
        public var relativePath: String
        /// The path to open: the site root's path and `path`.
        public var absolutePath: String
        /// The file's stamp when it was listed (of its target, for a link), from the same
        /// `stat` that told it is a file: a rebuild compares it without asking again.
        public var stamp: FileStamp

        public var url: URL { URL(fileURLWithPath: absolutePath) }
    }

    /// Every regular file below `folder` (relative to the site root), sorted by path.
    /// A folder that does not exist has no files.
    public func files(in folder: String) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        let rootPath = root.path
        // A folder that does not exist has no kind, and no diagnostic.
        guard case .directory = kind(of: rootPath + "/" + folder, path: folder, diagnostics: &diagnostics, allowFolderLink: true) else { return ([], diagnostics) }
        var pending = [folder]
        while let current = pending.popLast() {
            for name in Self.names(in: rootPath + "/" + current, path: current, diagnostics: &diagnostics) where !name.hasPrefix(".") {
                let path = current + "/" + name
                let absolutePath = rootPath + "/" + path
                guard let kind = kind(of: absolutePath, path: path, diagnostics: &diagnostics, allowFolderLink: false) else { continue }
                switch kind {
                case .directory:
                    pending.append(path)
                case .file(let stamp):
                    let relative = String(path.dropFirst(folder.count + 1))
                    entries.append(Entry(path: path, relativePath: relative, absolutePath: absolutePath, stamp: stamp))
                }
            }
        }
        entries.sort { $0.path < $1.path }
        return (entries, diagnostics)
    }

    private enum Kind { case file(FileStamp), directory }

    /// The names in a folder, without `.` and `..`; none when it cannot be read. A name that is
    /// not UTF-8 cannot become a page or a URL, and is an error naming it (`caf\xE9.md`).
    private static func names(in folder: String, path: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if UTF8Validation.firstInvalidByte(in: bytes) == nil {
                let name = String(decoding: bytes, as: UTF8.self)
                if name != ".", name != ".." { names.append(name) }
            } else if bytes.first != UInt8(ascii: ".") {
                var info = stat()
                let absolutePath = (Array(folder.utf8) + [UInt8(ascii: "/")] + bytes + [0]).map { CChar(bitPattern: $0) }
                let isFolder = lstat(absolutePath, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                diagnostics.append(.error(
                    "this \(isFolder ? "folder" : "file") name is not valid UTF-8; rename it",
                    at: .start(of: path + "/" + UTF8Validation.escapingInvalidBytes(bytes))))
            }
        }
        return names
    }

    /// A site's top folders (`content`, `assets`) may be links to a folder inside the site.
    /// POSIX calls, not FileManager: this runs for every file of every build and rebuild.
    private func kind(of absolutePath: String, path: String, diagnostics: inout [Diagnostic], allowFolderLink: Bool) -> Kind? {
        var info = stat()
        guard lstat(absolutePath, &info) == 0 else { return nil }
        let isLink = (info.st_mode & S_IFMT) == S_IFLNK
        if isLink {
            guard stat(absolutePath, &info) == 0 else {
                diagnostics.append(.warning("skipped: a symbolic link to nothing", at: .start(of: path)))
                return nil
            }
            let target = RealPath.resolve(absolutePath) ?? absolutePath
            guard target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") else {
                diagnostics.append(.warning("skipped: a symbolic link that leads out of the site (to \(target))", at: .start(of: path)))
                return nil
            }
        }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        // A link to a folder inside the site would list the same files twice, or loop.
        if isLink, isDirectory, !allowFolderLink {
            diagnostics.append(.warning("skipped: a symbolic link to a folder", at: .start(of: path)))
            return nil
        }
        if isDirectory { return .directory }
        return (info.st_mode & S_IFMT) == S_IFREG ? .file(FileStamp(info)) : nil
    }
}
