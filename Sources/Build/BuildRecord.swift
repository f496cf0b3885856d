import Diagnostics
import Foundation
import Load
import Markdown
import Parse
import YAML

/// What a build into an output read and wrote, kept for the next build into the same output:
/// when the next one finds every input with the same stamp, the same settings and the output
/// as this build left it, it knows what it would make and writes nothing, without parsing or
/// rendering, and repeats this build's summary and warnings.
///
/// Stamps, not hashes: a file rewritten with other bytes has another change time, and a file
/// edited by hand in the output too, so that either leads to a full build. What a build depends
/// on besides the files (the program, its libraries, the options, the day) is in `setting`.
struct BuildRecord: Sendable, Equatable {
    /// What the output depends on besides the files read.
    struct Setting: Codable, Sendable, Equatable {
        /// sitegen's version and the stamp of its executable: a new build of it may render differently.
        var program: String
        var libraries: String
        var source: String
        var output: String
        var baseURL: String?
        var keepsConfiguredOrigin: Bool
        var includeDrafts: Bool
        /// Lists and pages depend on the day (upcoming talks, open job offers).
        var buildDate: String
        var formats: [String]
    }

    var setting: Setting
    /// Every file the build read, by path relative to the site folder.
    var inputs: [String: FileStamp]
    /// Files read outside the site's folders (`site.yml`'s `bibliography:`), to stamp again.
    var namedFiles: [String]
    /// Every file of the output, by path relative to it, as the build left it.
    var output: [String: FileStamp]
    var diagnostics: [Diagnostic]
    var pagesByKind: [String: Int]
    var filesCopied: Int

    /// The setting of a build with `options`; nil when the running program cannot be stamped.
    static func setting(of options: BuildOptions, formats: SourceFormats, version: String) -> Setting? {
        guard let executable = Bundle.main.executablePath, let stamp = FileStamp(path: executable) else { return nil }
        return Setting(
            program: "\(version) \(executable) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed)",
            libraries: "cmark-gfm \(MarkdownRenderer.libraryVersion), libyaml \(YAMLParser.libraryVersion)",
            source: options.source.path, output: options.output.path, baseURL: options.baseURL,
            keepsConfiguredOrigin: options.keepsConfiguredOrigin, includeDrafts: options.includeDrafts,
            buildDate: options.buildDate.description, formats: formats.names)
    }

    /// Whether every stamp is older than `settling` at `time` (nanoseconds since 1970). A file
    /// system may keep times in coarse ticks (2 s on FAT, a few milliseconds elsewhere), so a
    /// file changed again within the tick it was stamped in, in place and to the same size,
    /// would keep its stamp. A build that read a file changed so recently writes no record,
    /// and the next build runs in full.
    static func isSettled(_ stamps: [String: FileStamp], at time: Int64, settling: Duration) -> Bool {
        let (seconds, attoseconds) = settling.components
        let latest = time - seconds * 1_000_000_000 - attoseconds / 1_000_000_000
        return stamps.values.allSatisfy { $0.changed < latest }
    }

    /// The report of a build that found everything as this record says: this build's pages
    /// and warnings, and nothing written.
    func unchangedReport() -> BuildReport {
        var report = BuildReport(diagnostics: diagnostics)
        report.pagesByKind = pagesByKind
        report.filesCopied = filesCopied
        report.outputUnchanged = true
        return report
    }
}
