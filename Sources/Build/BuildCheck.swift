import Diagnostics
import Foundation
import Load
import Parse

/// What a build with a record folder does around its work: before it, compare the record of
/// the last build into the same output with the files and settings as they are now; after it,
/// leave the record of this build.
struct BuildCheck {
    let store: BuildRecordStore
    let setting: BuildRecord.Setting
    /// The last build's record, let go once compared: a record of a large site is megabytes.
    private var earlier: BuildRecord?
    /// The files the last build's `site.yml` named.
    let earlierNamedFiles: [String]
    /// The stamps of the files the build reads, taken before it reads them (a file edited during
    /// the build then differs from its record), and when (nanoseconds since 1970).
    let inputs: [String: FileStamp]
    let stampedAt: Int64

    /// Nil without a record folder, or when the running program cannot be stamped.
    init?(options: BuildOptions, formats: SourceFormats) {
        guard let folder = options.recordFolder,
              let setting = BuildRecord.setting(of: options, formats: formats, version: options.programVersion) else { return nil }
        store = BuildRecordStore(folder: folder, output: options.output)
        self.setting = setting
        let earlier = store.read()
        self.earlier = earlier
        earlierNamedFiles = earlier?.namedFiles ?? []
        stampedAt = Int64(Date().timeIntervalSince1970 * 1e9)
        inputs = SiteInventory.stamps(root: options.source, namedFiles: earlierNamedFiles)
    }

    /// The last build's record when it holds for this build: the same setting, every input
    /// with the same stamp, and the output's files (`output`) as that build left them. Asked
    /// once: the check lets go of the record after.
    mutating func unchanged(output: [String: FileStamp]?) -> BuildRecord? {
        defer { earlier = nil }
        guard let earlier, earlier.setting == setting, earlier.inputs == inputs, let output, earlier.output == output else { return nil }
        return earlier
    }

    /// Keeps the record of a build that succeeded and left `output`; nothing when a file it
    /// read had changed within `settling` (see `BuildRecord.isSettled`). A warning when the
    /// record cannot be written.
    func record(_ generated: SiteBuilder.Generated, output: [String: FileStamp], settling: Duration) -> Diagnostic? {
        var read = inputs
        for path in earlierNamedFiles { read[path] = nil }
        read.merge(generated.namedStamps) { _, named in named }
        guard BuildRecord.isSettled(read, at: stampedAt, settling: settling) else { return nil }
        return store.write(BuildRecord(
            setting: setting, inputs: read, namedFiles: generated.namedFiles, output: output,
            diagnostics: generated.report.diagnostics, pagesByKind: generated.report.pagesByKind,
            filesCopied: generated.report.filesCopied))
    }
}
