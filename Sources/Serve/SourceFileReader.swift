#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Load

/// Reads copied files (images, PDFs, assets) for the server, only from inside the site folder:
/// a file that became a link to somewhere else after the build is not served.
struct SourceFileReader: Sendable {
    /// The site folder with its links resolved.
    let root: String

    init(siteRoot: String) {
        root = RealPath.resolve(siteRoot) ?? siteRoot
    }

    /// An open file and its size, or nil when it is missing or resolves outside the site.
    func openFile(_ path: String) -> OpenFile? {
        guard let resolved = RealPath.resolve(path), resolved.hasPrefix(root + "/") else { return nil }
        let descriptor = open(resolved, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        return OpenFile(descriptor: descriptor, size: Int(info.st_size))
    }
}

/// A file opened for reading, closed when released.
final class OpenFile: @unchecked Sendable {
    let size: Int
    private let descriptor: Int32

    fileprivate init(descriptor: Int32, size: Int) {
        self.descriptor = descriptor
        self.size = size
    }

    deinit { close(descriptor) }

    /// Moves to `offset` bytes from the start; false when the file cannot go there.
    func seek(to offset: Int) -> Bool {
        lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset)
    }

    /// The next bytes of the file, up to `limit`; empty at its end.
    func nextChunk(upTo limit: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: limit)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, limit) }
        guard count >= 0 else { return nil }
        buffer.removeSubrange(count...)
        return buffer
    }
}
