#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swaps two paths in one step, so that a path never stops existing: Linux's
/// `renameat2(RENAME_EXCHANGE)` (3.15 and later, on ext4, btrfs, xfs, tmpfs and most local file
/// systems), macOS's `renamex_np(RENAME_SWAP)`.
enum AtomicExchange {
    /// Returns 0 or an errno; ENOSYS where the system has no such call.
    static func exchange(_ first: String, _ second: String) -> Int32 {
        #if os(Linux)
        // glibc (2.28 and later) declares renameat2 only for _GNU_SOURCE, so Swift's Glibc
        // module does not import it; it is looked up by name, and is missing on older systems.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return ENOSYS }
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 ? 0 : errno
        #elseif canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }

    /// Whether an errno from `exchange` means the call is not there, or not for these file
    /// systems, rather than that the swap itself failed: then the writer uses two renames.
    static func isUnsupported(_ code: Int32) -> Bool {
        code == ENOSYS || code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP
    }
}
