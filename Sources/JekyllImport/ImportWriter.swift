import Foundation

/// Writes the imported files into the destination folder; a file already there with the same
/// bytes is left alone, so that importing again changes nothing, not even a modification time.
/// A file already there with other bytes (an imported page edited since, or a file of another
/// site) is written over only when `overwrite` says so; else nothing at all is written.
struct ImportWriter {
    var overwrite = false

    /// What the writing did, as paths relative to the destination.
    struct Outcome: Sendable, Hashable {
        var written: [String] = []
        var unchanged: [String] = []
    }

    func write(_ files: [ImportedFile], into destination: URL) throws(ImportFailure) -> Outcome {
        let manager = FileManager.default
        let differing = files.filter { file in
            guard file.path != ImportReport.fileName,
                  let existing = manager.contents(atPath: destination.appendingPathComponent(file.path).path) else { return false }
            return existing != file.contents
        }
        if !overwrite, !differing.isEmpty { throw .wouldOverwrite(paths: differing.map(\.path)) }
        var outcome = Outcome()
        for file in files {
            let url = destination.appendingPathComponent(file.path)
            if let existing = manager.contents(atPath: url.path), existing == file.contents {
                outcome.unchanged.append(file.path)
                continue
            }
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url, options: .atomic)
            } catch {
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                throw .cannotWrite(path: file.path, reason: (underlying ?? error as NSError).localizedDescription)
            }
            outcome.written.append(file.path)
        }
        return outcome
    }
}
