#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Load

/// What an output folder already holds, for a build to write only what differs: the same
/// files, no others, each with the same bytes, and the build writes nothing, so the files keep
/// their times (a deploy step that syncs by time, or a server's caches, see no change).
/// Compares bytes, not hashes or times: a file edited by hand in the output is seen.
enum OutputComparison {
    /// Every regular file under `folder`, relative to it, with its stamp; nil when anything
    /// else is there (a link, an empty folder, a socket) or it cannot be read, so that the
    /// output is written anew.
    static func inventory(of folder: String) -> [String: FileStamp]? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var found: [String: FileStamp] = [:]
        return collect(descriptor, prefix: "", into: &found) ? found : nil
    }

    /// Adds the files of the open folder `descriptor` (closed here) to `found`. Names are looked
    /// up relative to the folder, not by whole paths, which a large output has thousands of.
    private static func collect(_ descriptor: Int32, prefix: String, into found: inout [String: FileStamp]) -> Bool {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        var isEmpty = true
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            isEmpty = false
            var info = stat()
            guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                found[prefix + name] = FileStamp(info)
            case S_IFDIR:
                let inner = openat(dirfd(directory), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard inner >= 0, collect(inner, prefix: prefix + name + "/", into: &found) else { return false }
            default:
                return false
            }
        }
        // An empty folder below the top one is not something a build writes.
        return !isEmpty || prefix.isEmpty
    }

    static func sameContents(_ item: OutputItem, at path: String) -> Bool {
        guard let existing = contents(of: path) else { return false }
        switch item.source {
        case .bytes(let bytes): return existing == bytes
        case .copy(let source): return contents(of: source.path) == existing
        }
    }

    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(descriptor, $0 + offset, size - offset) } ?? -1
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }
}
