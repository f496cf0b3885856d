import Diagnostics
import Foundation

/// A source file as the load stage hands it to the parse: read already, or only listed, to be
/// read by the parse itself. A build that no other follows lists its sources, so that it holds
/// the bytes of the files being parsed at the moment, not of all of them at once.
public enum SourceInput: Sendable {
    case read(SourceFile)
    case listed(SiteScanner.Entry)

    /// The path relative to the site root: `content/news/a.md`.
    public var path: String {
        switch self {
        case .read(let file): file.path
        case .listed(let entry): entry.path
        }
    }

    /// The file with its bytes: those read by the load stage, or read now.
    public func file() -> Result<SourceFile, Diagnostic> {
        switch self {
        case .read(let file): .success(file)
        case .listed(let entry): Self.read(entry)
        }
    }

    static func read(_ entry: SiteScanner.Entry) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: entry.absolutePath) else {
            return .failure(.error("cannot read the file", at: .start(of: entry.path)))
        }
        return .success(SourceFile(path: entry.path, bytes: [UInt8](data)))
    }
}
