#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Foundation
import Load

/// Writes a site into a staging folder beside the destination, then swaps it in, so that a
/// failed or interrupted build leaves the previous output untouched and nobody sees half a site.
///
/// It replaces only folders it made itself (they hold a marker file), so `--output ~` can never
/// wipe a home directory; it never writes into the site's sources; a destination that is a link
/// is followed, and the site written where it points. Builds into one output take turns
/// (see `OutputLock`).
public struct OutputWriter: Sendable {
    public static let markerName = ".sitegen-output"
    static let markerText = "This folder is written by sitegen and replaced on every build.\n"

    /// The output folder as given (for messages).
    public let destination: URL
    /// Where the site goes: `destination` with every link resolved.
    public let target: URL
    /// Site folders whose sources the output must not hold, nor be inside of.
    public let protectedFolders: [URL]
    /// Stops writing on a signal; nil when nobody handles signals (tests, the server).
    public var interruption: WriteInterruption?
    /// Told, once, when another build into the same output holds the lock and this one waits.
    public var onWait: @Sendable (String) -> Void = { _ in }
    /// The calls that touch the disk; a test replaces some to make them fail.
    var fileSystem = FileOperations.system

    public init(destination: URL, protecting protectedFolders: [URL] = []) {
        self.destination = destination.standardizedFileURL
        self.target = URL(fileURLWithPath: OutputPath.resolve(self.destination.path))
        self.protectedFolders = protectedFolders.map(\.standardizedFileURL)
    }

    /// What a write did besides writing: the bytes written, and what it could not tidy up.
    public struct Outcome: Sendable {
        public var bytesWritten: Int
        public var warnings: [Diagnostic]
        /// The output already held exactly these files, so none was written.
        public var unchanged = false
        /// Every file of the output as the build left it, with its stamp, taken before the
        /// output's lock was released; nil unless asked for.
        public var inventory: [String: FileStamp]?
    }

    /// Writes every item and swaps the result in; writes nothing when the output already
    /// holds exactly these files with these bytes.
    /// `open` checks the destination and `finish` the paths, as for a build that writes as it renders.
    public func write(_ items: [OutputItem]) throws(DiagnosticError) -> Outcome {
        let session = try open()
        for item in items { session.put(item) }
        return try session.finish()
    }

    /// Takes the output's lock and makes a staging folder beside it, for files to be put in
    /// as they are made. Only one session writes an output at a time: a second waits here.
    public func open() throws(DiagnosticError) -> OutputSession {
        if let problem = checkDestination() { throw DiagnosticError(problem) }
        let (parent, name) = OutputPath.split(target.path)
        do {
            try POSIXFile.makeDirectories(parent)
        } catch {
            throw DiagnosticError(.error("cannot write the site to \(destination.path): cannot create \(error)", at: nil))
        }
        let lock = try takeLock()
        guard interruption?.beginWriting() ?? true else {
            lock.release()
            throw DiagnosticError(.error("the build was interrupted; \(destination.path) was left as it was", at: nil))
        }
        func fail(_ diagnostics: [Diagnostic]) -> DiagnosticError {
            lock.release()
            interruption?.endWriting()
            return DiagnosticError(diagnostics)
        }
        // Another build may have changed the destination while this one waited.
        if let problem = checkDestination() { throw fail([problem]) }
        let warnings = removeLeftovers(in: parent, of: name)
        var info = stat()
        let hadSite = lstat(target.path, &info) == 0
        let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = OutputPath.join(parent, ".\(name).sitegen-new-\(suffix)")
        do {
            try fileSystem.makeFolder(staging)
        } catch {
            throw fail([failureMessage(WriteFailure(step: "creating \(staging)", code: error.code), hadSite: hadSite)] + warnings)
        }
        return OutputSession(
            writer: self, lock: lock, staging: staging, aside: OutputPath.join(parent, ".\(name).sitegen-old-\(suffix)"),
            hadSite: hadSite, warnings: warnings)
    }

    func takeLock() throws(DiagnosticError) -> OutputLock {
        let waiting = "waiting for another build into \(destination.path) to finish…"
        do {
            return try OutputLock.acquire(for: target.path) { onWait(waiting) }
        } catch {
            throw DiagnosticError(.error("cannot lock \(destination.path) against other builds: \(error)", at: nil))
        }
    }

    /// Deletes the staging and set-aside folders of this output that builds killed before they
    /// could tidy up left behind (`.NAME.sitegen-new-*`, `.NAME.sitegen-old-*`). Runs under the
    /// lock, so none of them belongs to a build still at work. Returns what could not be deleted.
    private func removeLeftovers(in parent: String, of name: String) -> [Diagnostic] {
        let prefixes = [".\(name).sitegen-new-", ".\(name).sitegen-old-"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.sorted().filter { entry in prefixes.contains { entry.hasPrefix($0) } }.compactMap { entry in
            let path = OutputPath.join(parent, entry)
            guard let failure = fileSystem.removeTree(path) else { return nil }
            return .warning("could not remove \(path), left by an earlier build: \(failure)", at: nil)
        }
    }

    func failureMessage(_ error: Error, hadSite: Bool) -> Diagnostic {
        let output = destination.path
        let kept = hadSite ? "the previous site in \(output) is intact" : "\(output) was not created"
        switch error {
        case is WriteInterrupted:
            return .error("the build was interrupted; \(kept)", at: nil)
        case let failure as FolderSwap.Failure:
            if let previousSite = failure.previousSite {
                return .error("cannot write the site to \(output): \(failure.failure); the previous site could not be put back and is in \(previousSite)", at: nil)
            }
            return .error("cannot write the site to \(output): \(failure.failure); \(kept)", at: nil)
        default:
            return .error("cannot write the site to \(output): \(error); \(kept)", at: nil)
        }
    }
}
