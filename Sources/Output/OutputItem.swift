import Foundation

/// One file of the output and where it comes from.
public struct OutputItem: Sendable {
    public enum Source: Sendable {
        case bytes([UInt8])
        case copy(URL)
    }

    /// Relative to the output folder, `/`-separated: `news/a/index.html`.
    public var path: String
    public var source: Source
    /// What made it, for messages about two items with one path (`content/news/a.md`).
    public var origin: String

    public init(path: String, source: Source, origin: String) {
        self.path = path
        self.source = source
        self.origin = origin
    }
}
