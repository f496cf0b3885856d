import Diagnostics
import Foundation
import Load
import Output

/// Where the record of the last build into an output is kept: one file per output in a folder
/// outside the site and the output (the user's cache folder), so that it is neither published
/// nor seen by git. The folder keeps the records of the `kept` outputs written last: outputs
/// that are gone (a test's or a benchmark's temporary folder) do not pile up.
struct BuildRecordStore: Sendable {
    static let fileExtension = "record"
    static let kept = 32

    let file: URL

    /// The record file of `output` in `folder`: named by the output's folder name and a checksum
    /// of its whole path, which the record holds too, so that two outputs never share a record.
    init(folder: URL, output: URL) {
        let path = output.standardizedFileURL.path
        let name = output.lastPathComponent.unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" ? String(scalar) : "-"
        }.joined()
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            checksum = (checksum ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(checksum, radix: 16)
        file = folder.appendingPathComponent("\(name.prefix(64))-\(String(repeating: "0", count: 16 - hex.count))\(hex).\(Self.fileExtension)")
    }

    /// The record, or nil when there is none or it cannot be read (of another layout, cut short).
    func read() -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return BuildRecordFile.decode([UInt8](data))
    }

    /// Writes the record whole or not at all; a warning when it cannot be written, as the
    /// next build will then do all its work.
    func write(_ record: BuildRecord) -> Diagnostic? {
        let problem: String
        do {
            try POSIXFile.replace(file.path, contents: try BuildRecordFile.encode(record))
            removeOldRecords()
            return nil
        } catch let failure as POSIXFile.Failure {
            problem = failure.description
        } catch {
            problem = "\(error)"
        }
        return .warning("could not keep the build record (\(problem)): the next build will redo all its work even if nothing changed", at: nil)
    }

    /// Deletes all but the `kept` records written last, this one among them.
    private func removeOldRecords() {
        let folder = file.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let records = names.filter { $0.hasSuffix("." + Self.fileExtension) && !$0.hasPrefix(".") }
        guard records.count > Self.kept else { return }
        let byAge = records.map { name -> (name: String, modified: Int64) in
            (name, FileStamp(path: folder.appendingPathComponent(name).path)?.modified ?? 0)
        }.sorted { ($1.modified, $0.name) < ($0.modified, $1.name) }
        for old in byAge.dropFirst(Self.kept) where old.name != file.lastPathComponent {
            unlink(folder.appendingPathComponent(old.name).path)
        }
    }
}
