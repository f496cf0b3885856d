import Foundation

/// Writes a new site's files into a folder: an empty or missing folder (made with its parents),
/// or, with `force`, a folder that already has files, where each file already there is kept as
/// it is and only the missing ones are added.
public struct StarterWriter: Sendable {
    /// What was written and what was kept, as paths relative to the folder, in the starter's order.
    public struct Outcome: Sendable, Hashable {
        /// The files written.
        public var created: [String] = []
        /// The files left as they were, because something was already at their path.
        public var kept: [String] = []
    }

    /// Why nothing, or not everything, was written.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case notEmpty(String)
        case notAFolder(String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .notEmpty(let folder):
                return "'\(folder)' is not empty: sitegen new starts a site in an empty or new folder "
                    + "(--force adds the missing files and keeps those already there)"
            case .notAFolder(let folder):
                return "'\(folder)' exists and is not a folder"
            case .cannotWrite(let path, let reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Whether a folder that is not empty is filled (missing files added) instead of refused.
    public var force: Bool

    /// A writer that refuses a folder that is not empty, unless `force`.
    public init(force: Bool = false) {
        self.force = force
    }

    /// Writes `files` under `folder`; `name` is the folder as the user gave it, for messages.
    public func write(_ files: [StarterFile], into folder: URL, named name: String) throws(Failure) -> Outcome {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(name) }
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            if !entries.isEmpty, !force { throw .notEmpty(name) }
        }
        var outcome = Outcome()
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            // Anything at the path, a dangling link included, is kept.
            if (try? manager.attributesOfItem(atPath: url.path)) != nil {
                outcome.kept.append(file.path)
                continue
            }
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(path: file.path, reason: Self.reason(error))
            }
            outcome.created.append(file.path)
        }
        return outcome
    }

    /// The system's reason, without Foundation's wrapping sentence when there is one underneath.
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return (underlying ?? error as NSError).localizedDescription
    }
}
