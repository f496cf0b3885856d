import Diagnostics
import Foundation

/// Writes a site into a staging folder beside the destination, then swaps it in, so that a
/// failed build leaves the previous output untouched and nobody sees half a site.
///
/// It replaces only folders it made itself (they hold a marker file), so `--output ~`
/// can never wipe a home directory.
public struct OutputWriter: Sendable {
    public static let markerName = ".sitegen-output"
    static let markerText = "This folder is written by sitegen and replaced on every build.\n"

    public let destination: URL
    /// Folders the output must not be or contain (the site's own folder).
    public let protectedFolders: [URL]

    public init(destination: URL, protecting protectedFolders: [URL] = []) {
        self.destination = destination.standardizedFileURL
        self.protectedFolders = protectedFolders.map(\.standardizedFileURL)
    }

    /// Checks, before any work, that the destination may be replaced.
    public func checkDestination() -> Diagnostic? {
        let target = destination.resolvingSymlinksInPath().path
        for folder in protectedFolders {
            let protected = folder.resolvingSymlinksInPath().path
            if target == protected || protected.hasPrefix(target + "/") || target == "/" {
                return .error("refusing to write the site into \(destination.path): it holds the site's sources; choose another --output", at: nil)
            }
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error("refusing to replace \(destination.path): it is a file, not a folder sitegen made", at: nil)
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: destination.path)) ?? []
        if contents.isEmpty || contents.contains(Self.markerName) { return nil }
        return .error(
            "refusing to replace \(destination.path): it is not empty and was not made by sitegen (it has no \(Self.markerName) file); remove it or choose another --output",
            at: nil)
    }

    /// Writes every item and swaps the result in. Returns the number of bytes written.
    public func write(_ items: [OutputItem]) throws(DiagnosticError) -> Int {
        if let problem = checkDestination() { throw DiagnosticError(problem) }
        try Self.checkPaths(items)
        let parent = destination.deletingLastPathComponent()
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).sitegen-new-\(suffix)")
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot create \(staging.path): \(Self.reason(error))", at: nil))
        }
        do {
            let bytes = try StagingWriter(root: staging).write(items)
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
            try swap(staging, into: destination)
            return bytes
        } catch {
            try? fileManager.removeItem(at: staging)
            throw DiagnosticError(.error("cannot write the site to \(destination.path): \(Self.reason(error))", at: nil))
        }
    }

    /// Every path must stay inside the output and be written by one item only.
    static func checkPaths(_ items: [OutputItem]) throws(DiagnosticError) {
        var owners: [String: String] = [:]
        var problems: [Diagnostic] = []
        for item in items {
            let parts = item.path.split(separator: "/", omittingEmptySubsequences: false)
            if item.path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") }) {
                problems.append(.error("'\(item.path)' would be written outside the output folder", at: .start(of: item.origin)))
                continue
            }
            if let first = owners[item.path] {
                problems.append(.error("\(item.origin) and \(first) both write \(item.path)", at: .start(of: item.origin)))
            }
            owners[item.path] = item.origin
        }
        for path in owners.keys {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if let file = owners[String(folder)] {
                    problems.append(.error("\(file) writes a file \(folder) where \(owners[path] ?? path) needs a folder", at: .start(of: file)))
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems.sortedByLocation()) }
    }

    /// Puts `staging` at `destination`, moving any previous output aside first and deleting it after.
    private func swap(_ staging: URL, into destination: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: destination.path) else {
            try fileManager.moveItem(at: staging, to: destination)
            return
        }
        let old = staging.deletingLastPathComponent()
            .appendingPathComponent(staging.lastPathComponent.replacingOccurrences(of: "-new-", with: "-old-"))
        try fileManager.moveItem(at: destination, to: old)
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            try? fileManager.moveItem(at: old, to: destination)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}
