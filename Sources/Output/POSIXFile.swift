#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file writes. Foundation's `Data.write(to:)` on Linux syncs every file to disk,
/// which made writing half of a 10,000-page build; the output needs no per-file sync, because
/// it becomes visible only through the swap at the end.
public enum POSIXFile {
    public struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32

        public var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Writes a file whole or not at all, making its folder first: a reader finds the old
    /// file or the new one, never a part (a temporary file beside it is renamed over it).
    public static func replace(_ path: String, contents bytes: [UInt8]) throws(Failure) {
        let (folder, name) = OutputPath.split(path)
        try makeDirectories(folder)
        let temporary = OutputPath.join(folder, ".\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try create(temporary, contents: bytes)
        } catch {
            unlink(temporary)
            throw error
        }
        let code = rename(temporary, to: path)
        if code != 0 {
            unlink(temporary)
            throw Failure(path: path, code: code)
        }
    }

    static func create(_ path: String, contents bytes: [UInt8]) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        let result = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
        if result != 0 { throw Failure(path: path, code: result) }
    }

    /// Creates one folder whose parent exists; an existing folder is fine.
    static func makeDirectory(_ path: String) throws(Failure) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure(path: path, code: errno) }
    }

    /// Creates a folder and the parents it needs (`mkdir -p`).
    static func makeDirectories(_ path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw Failure(path: path, code: ENOTDIR) }
            return
        }
        let parent = OutputPath.split(path).parent
        if parent != path { try makeDirectories(parent) }
        try makeDirectory(path)
    }

    /// Renames a file or folder; returns 0 or an errno.
    static func rename(_ source: String, to target: String) -> Int32 {
        #if canImport(Glibc)
        Glibc.rename(source, target) == 0 ? 0 : errno
        #else
        Darwin.rename(source, target) == 0 ? 0 : errno
        #endif
    }

    /// Copies a file's bytes, following links. Returns the number of bytes copied.
    static func copy(from source: String, to destination: String) throws(Failure) -> Int {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure(path: source, code: errno) }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw Failure(path: destination, code: errno) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: source, code: errno)
            }
            if count == 0 { return total }
            let result = buffer.withUnsafeBytes { writeAll(output, UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            if result != 0 { throw Failure(path: destination, code: result) }
            total += count
        }
    }

    /// Writes the whole buffer, retrying short and interrupted writes; returns 0 or an errno.
    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}
