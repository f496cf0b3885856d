#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a finished staging folder where the output goes. Where the system can swap two paths
/// in one step, the output path never stops existing: it holds the previous site, then the new
/// one. Elsewhere, two renames, and the previous site is put back when the second fails.
struct FolderSwap {
    let fileSystem: FileOperations

    /// The swap failed; `previousSite` says where the previous site is when it could not be put
    /// back at the output path (nil: it is there, as it was).
    struct Failure: Error {
        var failure: WriteFailure
        var previousSite: String?
    }

    /// Puts `staging` at `target`. Returns the path that now holds the previous site, to delete,
    /// or nil when there was none. `aside` is where the previous site goes when the system
    /// cannot swap in one step.
    func swap(_ staging: String, into target: String, aside: String) throws(Failure) -> String? {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            let code = fileSystem.rename(staging, target)
            guard code == 0 else { throw Failure(failure: WriteFailure(step: "moving the new site into place", code: code)) }
            return nil
        }
        let exchanged = fileSystem.exchange(staging, target)
        if exchanged == 0 { return staging }
        guard AtomicExchange.isUnsupported(exchanged) else {
            throw Failure(failure: WriteFailure(step: "swapping the new site in", code: exchanged))
        }
        let setAside = fileSystem.rename(target, aside)
        guard setAside == 0 else { throw Failure(failure: WriteFailure(step: "moving the previous site aside", code: setAside)) }
        let moved = fileSystem.rename(staging, target)
        guard moved == 0 else {
            let failure = WriteFailure(step: "moving the new site into place", code: moved)
            let restored = fileSystem.rename(aside, target)
            throw Failure(failure: failure, previousSite: restored == 0 ? nil : aside)
        }
        return aside
    }
}
