#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Foundation

extension OutputWriter {
    /// Rewrites the files of an output folder sitegen made that changed, and deletes the ones
    /// that went away, in place: for `sitegen serve --output`, where each rebuild changes a few
    /// files of a folder written whole before. Each file is replaced by a rename, so a reader
    /// never sees half of it. Takes the same lock as `write`, so a build into the same folder
    /// does not swap it away halfway.
    public func update(_ changed: [OutputItem], removing removed: [String]) throws(DiagnosticError) {
        if let problem = checkDestination() { throw DiagnosticError(problem) }
        try Self.checkPaths(changed)
        let root = target.path
        guard FileManager.default.fileExists(atPath: root + "/" + Self.markerName) else {
            throw DiagnosticError(.error("cannot update \(destination.path): it has no \(Self.markerName) file", at: nil))
        }
        let lock = try takeLock()
        defer { lock.release() }
        do {
            for item in changed {
                let file = root + "/" + item.path
                try FileManager.default.createDirectory(
                    atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let temporary = (file as NSString).deletingLastPathComponent + "/.sitegen-update-" + UUID().uuidString
                do {
                    switch item.source {
                    case .bytes(let bytes): try POSIXFile.create(temporary, contents: bytes)
                    case .copy(let source): _ = try POSIXFile.copy(from: source.path, to: temporary)
                    }
                    let code = POSIXFile.rename(temporary, to: file)
                    guard code == 0 else { throw POSIXFile.Failure(path: file, code: code) }
                } catch {
                    unlink(temporary)
                    throw error
                }
            }
            try Self.checkPaths(removed.map { OutputItem(path: $0, source: .bytes([]), origin: $0) })
            for path in removed {
                unlink(root + "/" + path)
                var folder = (path as NSString).deletingLastPathComponent
                while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
                    folder = (folder as NSString).deletingLastPathComponent
                }
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(.error("cannot update the site in \(destination.path): \(error)", at: nil))
        }
    }
}
