#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The file-system calls the output writer makes, as values: the system's by default. A test
/// replaces one of them to make it fail as a full disk or a failed rename would, and checks
/// what the writer leaves behind.
struct FileOperations: Sendable {
    /// Creates one folder whose parent exists.
    var makeFolder: @Sendable (String) throws(POSIXFile.Failure) -> Void
    var createFile: @Sendable (String, [UInt8]) throws(POSIXFile.Failure) -> Void
    /// Copies a file (`from`, `to`); returns the number of bytes copied.
    var copyFile: @Sendable (String, String) throws(POSIXFile.Failure) -> Int
    /// Makes `to` a second name of the file `from` (a hard link), or a copy where the file
    /// system has no links.
    var linkFile: @Sendable (String, String) throws(POSIXFile.Failure) -> Void
    /// Renames (`from`, `to`); returns 0 or an errno.
    var rename: @Sendable (String, String) -> Int32
    /// Swaps two paths in one step; returns 0 or an errno (ENOSYS or EINVAL where the system
    /// or the file system cannot).
    var exchange: @Sendable (String, String) -> Int32
    /// Deletes a file or a folder and everything in it; returns the first entry it could not
    /// delete, after trying all of them.
    var removeTree: @Sendable (String) -> POSIXFile.Failure?

    static let system = FileOperations(
        makeFolder: { path throws(POSIXFile.Failure) in try POSIXFile.makeDirectory(path) },
        createFile: { path, bytes throws(POSIXFile.Failure) in try POSIXFile.create(path, contents: bytes) },
        copyFile: { source, target throws(POSIXFile.Failure) in try POSIXFile.copy(from: source, to: target) },
        linkFile: { source, target throws(POSIXFile.Failure) in
            if link(source, target) == 0 { return }
            _ = try POSIXFile.copy(from: source, to: target)
        },
        rename: { source, target in POSIXFile.rename(source, to: target) },
        exchange: { first, second in AtomicExchange.exchange(first, second) },
        removeTree: { path in
            // Foundation's removal is the faster; when it fails, the walk finds what and why.
            if (try? FileManager.default.removeItem(atPath: path)) != nil { return nil }
            return TreeRemover.remove(path)
        })
}

/// `rm -rf` that says what it could not delete. Works on the names' bytes, so a name that is
/// not valid UTF-8 is deleted too.
enum TreeRemover {
    static func remove(_ path: String) -> POSIXFile.Failure? {
        remove(Array(path.utf8CString))
    }

    /// `path` ends with its terminating zero.
    private static func remove(_ path: [CChar]) -> POSIXFile.Failure? {
        func failure(_ code: Int32) -> POSIXFile.Failure {
            POSIXFile.Failure(path: String(decoding: path[..<(path.count - 1)].map { UInt8(bitPattern: $0) }, as: UTF8.self), code: code)
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? nil : failure(errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return unlink(path) == 0 || errno == ENOENT ? nil : failure(errno)
        }
        var first: POSIXFile.Failure?
        if let directory = opendir(path) {
            var children: [[CChar]] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                guard name != [UInt8(ascii: ".")], name != [UInt8(ascii: "."), UInt8(ascii: ".")] else { continue }
                children.append(path[..<(path.count - 1)] + [CChar(bitPattern: UInt8(ascii: "/"))] + name.map { CChar(bitPattern: $0) } + [0])
            }
            closedir(directory)
            for child in children {
                if let problem = remove(child), first == nil { first = problem }
            }
        } else {
            first = failure(errno)
        }
        if rmdir(path) != 0, errno != ENOENT, first == nil { first = failure(errno) }
        return first
    }
}
