#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (`flock`) that one build into an output holds while it writes and swaps:
/// a second build into the same output waits for it. The lock is the file `.NAME.sitegen-lock`
/// beside the output (never inside it, so it is never published), deleted on release; a file
/// left by a killed build is only an unlocked file, taken and deleted by the next build.
struct OutputLock {
    let path: String
    private let descriptor: Int32

    /// Takes the lock on `target`'s lock file, calling `onWait` once if another build holds it.
    static func acquire(for target: String, onWait: () -> Void) throws(POSIXFile.Failure) -> OutputLock {
        let (parent, name) = OutputPath.split(target)
        let path = OutputPath.join(parent, ".\(name).sitegen-lock")
        var waited = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw POSIXFile.Failure(path: path, code: errno) }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                guard code == EWOULDBLOCK else {
                    // A file system without locks (ENOLCK, EOPNOTSUPP) builds unlocked, as before.
                    if code == ENOLCK || code == EOPNOTSUPP { return OutputLock(path: path, descriptor: descriptor) }
                    close(descriptor)
                    throw POSIXFile.Failure(path: path, code: code)
                }
                if !waited {
                    onWait()
                    waited = true
                }
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(descriptor)
                        throw POSIXFile.Failure(path: path, code: code)
                    }
                }
            }
            // The holder deletes the file before releasing it: a lock on a deleted file
            // guards nothing, so open the file anew.
            var held = stat()
            var named = stat()
            if fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                return OutputLock(path: path, descriptor: descriptor)
            }
            close(descriptor)
        }
    }

    func release() {
        unlink(path)
        close(descriptor)
    }
}
