import Foundation

/// Reads files that `site.yml` names by path (`bibliography: [refs/mine.bib]`), wherever they
/// are in the site folder, with the loader's rules: never a file outside the site folder (by
/// `..` or by a symbolic link), and a file whose stamp did not move is not read again.
public struct NamedFileLoader: Sendable {
    let scanner: SiteScanner
    /// Files read by the previous build, by path, reused when their stamp has not moved.
    var previous: [String: LoadedFile]
    /// Paths to read again whatever their stamp says (a watcher saw them change).
    var invalidated: Set<String>?

    public init(scanner: SiteScanner, previous: [String: LoadedFile] = [:], invalidated: Set<String>? = nil) {
        self.scanner = scanner
        self.previous = previous
        self.invalidated = invalidated
    }

    /// Why a named file cannot be read.
    public enum Problem: Error, Sendable, Hashable {
        /// An absolute path, or one that climbs out with `..`.
        case outsideSite
        /// A symbolic link (on the path or the file itself) that leads out of the site folder.
        case linkOutOfSite(target: String)
        case missing
        /// A folder or a device, not a regular file.
        case notAFile
        case unreadable
    }

    /// `refs/./mine.bib` → `refs/mine.bib`; nil for an absolute path or one with `..`.
    public static func normalized(_ path: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !parts.isEmpty, !parts.contains("..") else { return nil }
        return parts.joined(separator: "/")
    }

    /// The file at `path` (relative to the site folder, normalized), read or reused.
    public func load(_ path: String) -> Result<LoadedFile, Problem> {
        guard let path = Self.normalized(path) else { return .failure(.outsideSite) }
        let absolutePath = scanner.root.path + "/" + path
        guard let target = RealPath.resolve(absolutePath) else { return .failure(.missing) }
        guard target.hasPrefix(scanner.resolvedRoot + "/") else { return .failure(.linkOutOfSite(target: target)) }
        let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
        guard type == .typeRegular, let stamp = FileStamp(path: target) else { return .failure(.notAFile) }
        if let known = previous[path], known.stamp == stamp, invalidated?.contains(path) != true {
            return .success(known)
        }
        guard let data = FileManager.default.contents(atPath: target) else { return .failure(.unreadable) }
        return .success(LoadedFile(stamp: stamp, file: SourceFile(path: path, bytes: [UInt8](data))))
    }
}
