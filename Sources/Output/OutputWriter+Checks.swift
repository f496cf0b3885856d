import Diagnostics
import Foundation
import Load

extension OutputWriter {
    /// The files and folders of a site that every build reads: an output must not be inside
    /// any of them, or each build would read the one before.
    static let siteInputs = SiteLayout.inputs

    /// Checks, before any work, that the destination may be replaced. Paths are compared with
    /// every link and `..` resolved.
    public func checkDestination() -> Diagnostic? {
        let output = target.path
        let shown = destination.path
        for folder in protectedFolders {
            let site = OutputPath.resolveExisting(folder.path)
            let inputs = Self.siteInputs.map { ($0, OutputPath.resolveExisting(OutputPath.join(site, $0))) }
            let sources = [site] + inputs.map(\.1)
            if output == "/" || sources.contains(where: { $0 == output || $0.hasPrefix(output + "/") }) {
                return .error("refusing to write the site into \(shown): it holds the site's sources; choose another --output", at: nil)
            }
            if let (name, _) = inputs.first(where: { output.hasPrefix($0.1 + "/") }) {
                return .error("refusing to write the site into \(shown): it is inside \(name)/, which every build reads, so each build would copy the last one; choose a folder outside content/, templates/ and assets/ (the default is _site in the site folder)", at: nil)
            }
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error("refusing to replace \(shown): it is a file, not a folder sitegen made", at: nil)
        }
        guard let contents = try? fileManager.contentsOfDirectory(atPath: output) else {
            return .error("refusing to replace \(shown): its contents cannot be listed, so sitegen cannot tell whether it made it; check its permissions or choose another --output", at: nil)
        }
        if contents.isEmpty || contents.contains(Self.markerName) { return nil }
        return .error(
            "refusing to replace \(shown): it is not empty and was not made by sitegen (it has no \(Self.markerName) file); remove it or choose another --output",
            at: nil)
    }

    /// Whether a relative path stays inside the output: no leading `/`, no empty, `.` or `..`
    /// part, no zero byte.
    static func isInside(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") })
    }

    /// Every path must stay inside the output and be written by one item only.
    static func checkPaths(_ items: [OutputItem]) throws(DiagnosticError) {
        var owners: [String: String] = [:]
        var problems: [Diagnostic] = []
        for item in items {
            if !isInside(item.path) {
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
}
