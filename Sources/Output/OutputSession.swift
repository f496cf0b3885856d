#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Foundation
import Load
import Synchronization

/// An output being written: files go into a staging folder beside the destination as they
/// are made (`put`, from any thread), so a build need not hold its whole site in memory, and
/// `finish` swaps the folder in. Until then the previous output stays as it was; `abandon`
/// deletes the staging folder instead. The session holds the output's lock from `open` on.
///
/// A file whose bytes the previous output already holds is not written: at the end it is
/// linked into the staging folder from the previous output (copied where links fail). When
/// every file is the same and there is no other, nothing is written at all.
public final class OutputSession: Sendable {
    /// Files written at once: creating files waits on the disk more than on the processor,
    /// so more writes than cores keep it busy.
    static let writesInFlight = 16

    private struct State {
        /// Every item put, in order: (path, origin), for `OutputWriter.checkPaths`.
        var items: [(path: String, origin: String)] = []
        /// Paths whose bytes the previous output holds, not written.
        var kept: [String] = []
        var changed = false
        var bytesWritten = 0
        /// Folders of the staging folder made so far.
        var folders: Set<String> = []
        /// The first failure, by the order the items were put in.
        var failure: (index: Int, error: WriteFailure)?
        var closed = false
    }

    private let writer: OutputWriter
    private let lock: OutputLock
    private let staging: String
    private let aside: String
    private let hadSite: Bool
    /// The files of the previous output (by relative path) with their stamps, as found under
    /// the lock; nil when there is none, or it holds anything but files and folders of files,
    /// so that nothing is compared.
    public let previousInventory: [String: FileStamp]?
    private let state = Mutex(State())
    private let threads = WriterThreads(count: OutputSession.writesInFlight, queueLength: 4 * OutputSession.writesInFlight)
    private let warnings: [Diagnostic]

    init(writer: OutputWriter, lock: OutputLock, staging: String, aside: String, hadSite: Bool, warnings: [Diagnostic]) {
        self.writer = writer
        self.lock = lock
        self.staging = staging
        self.aside = aside
        self.hadSite = hadSite
        self.warnings = warnings
        previousInventory = hadSite ? OutputComparison.inventory(of: writer.target.path) : nil
    }

    /// Writes `item` into the staging folder, unless the previous output holds the same bytes.
    /// Returns at once unless the writer threads' queue is full. A failure is kept for
    /// `finish` to report; after it, later items are not written.
    public func put(_ item: OutputItem) {
        let index = state.withLock { state -> Int? in
            state.items.append((item.path, item.origin))
            return state.failure == nil && !state.closed ? state.items.count - 1 : nil
        }
        guard let index, OutputWriter.isInside(item.path), !isInterrupted else { return }
        threads.run { [self] in
            if previousInventory?[item.path] != nil, OutputComparison.sameContents(item, at: writer.target.path + "/" + item.path) {
                state.withLock { $0.kept.append(item.path) }
                return
            }
            do throws(WriteFailure) {
                let bytes = try write(item)
                state.withLock { state in
                    state.changed = true
                    state.bytesWritten += bytes
                }
            } catch {
                state.withLock { state in
                    if state.failure.map({ index < $0.index }) ?? true { state.failure = (index, error) }
                }
            }
        }
    }

    /// A signal asked the build to stop: `finish` will say so and leave the output as it was,
    /// so the stages still to run need not.
    public var isInterrupted: Bool { writer.interruption?.isInterrupted == true }

    /// Waits for the writes, checks the paths, and swaps the staging folder in; when the
    /// previous output already holds exactly these files, leaves it as it is. With
    /// `takingInventory`, the outcome lists the output's files as they are then.
    public func finish(takingInventory: Bool = false) throws(DiagnosticError) -> OutputWriter.Outcome {
        threads.finish()
        let done = state.withLock { state -> State in
            state.closed = true
            return state
        }
        defer { release() }
        do {
            try OutputWriter.checkPaths(done.items.map { OutputItem(path: $0.path, source: .bytes([]), origin: $0.origin) })
        } catch {
            throw DiagnosticError(error.diagnostics + removeStaging())
        }
        do {
            if let failure = done.failure { throw failure.error }
            if isInterrupted { throw WriteInterrupted() }
            let markerBytes = Array(OutputWriter.markerText.utf8)
            let marker = OutputItem(path: OutputWriter.markerName, source: .bytes(markerBytes), origin: OutputWriter.markerName)
            let target = writer.target.path
            if let previousInventory, !done.changed, Set(previousInventory.keys) == Set(done.items.map(\.path) + [marker.path]),
               OutputComparison.sameContents(marker, at: target + "/" + marker.path) {
                return OutputWriter.Outcome(
                    bytesWritten: 0, warnings: warnings + removeStaging(), unchanged: true, inventory: takingInventory ? previousInventory : nil)
            }
            for path in done.kept {
                try makeFolders(for: path)
                do throws(POSIXFile.Failure) {
                    try writer.fileSystem.linkFile(target + "/" + path, staging + "/" + path)
                } catch {
                    throw WriteFailure(step: "keeping \(path) from the previous site", code: error.code)
                }
            }
            do {
                try writer.fileSystem.createFile(staging + "/" + marker.path, markerBytes)
            } catch {
                throw WriteFailure(step: "writing \(OutputWriter.markerName)", code: error.code)
            }
            if isInterrupted { throw WriteInterrupted() }
            var outcome = OutputWriter.Outcome(bytesWritten: done.bytesWritten, warnings: warnings)
            if let replaced = try FolderSwap(fileSystem: writer.fileSystem).swap(staging, into: target, aside: aside),
               let leftover = writer.fileSystem.removeTree(replaced) {
                outcome.warnings.append(.warning("could not remove the previous site, moved to \(replaced): \(leftover); remove it by hand", at: nil))
            }
            if takingInventory { outcome.inventory = OutputComparison.inventory(of: target) }
            return outcome
        } catch {
            throw DiagnosticError([writer.failureMessage(error, hadSite: hadSite)] + warnings + removeStaging())
        }
    }

    /// Stops: waits for the writes under way, deletes the staging folder and releases the
    /// output, which stays as it was. Returns the warnings of opening the output and of
    /// deleting the staging folder.
    public func abandon() -> [Diagnostic] {
        threads.finish()
        state.withLock { $0.closed = true }
        let leftovers = removeStaging()
        release()
        return warnings + leftovers
    }

    private func release() {
        lock.release()
        writer.interruption?.endWriting()
    }

    private func removeStaging() -> [Diagnostic] {
        guard let leftover = writer.fileSystem.removeTree(staging) else { return [] }
        return [.warning("could not remove the unfinished site in \(staging): \(leftover)", at: nil)]
    }

    private func write(_ item: OutputItem) throws(WriteFailure) -> Int {
        try makeFolders(for: item.path)
        let file = staging + "/" + item.path
        do throws(POSIXFile.Failure) {
            switch item.source {
            case .bytes(let bytes):
                try writer.fileSystem.createFile(file, bytes)
                return bytes.count
            case .copy(let source):
                return try writer.fileSystem.copyFile(source.path, file)
            }
        } catch {
            throw WriteFailure(step: error.path != file ? "reading \(item.origin)" : "writing \(item.path)", code: error.code)
        }
    }

    /// Makes the staging folder's folders on the way to `path`, parents first; a folder another
    /// write is making at the same time is fine.
    private func makeFolders(for path: String) throws(WriteFailure) {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(part) : "/" + part
            let made = state.withLock { $0.folders.contains(folder) }
            if made { continue }
            do throws(POSIXFile.Failure) {
                try writer.fileSystem.makeFolder(staging + "/" + folder)
            } catch {
                throw WriteFailure(step: "creating the folder \(folder)", code: error.code)
            }
            state.withLock { _ = $0.folders.insert(folder) }
        }
    }
}
