import Diagnostics
import YAML

/// A path written in `site.yml` and where it is written, so that a later stage that finds the
/// file missing can point at it with the line and a caret.
public struct PlacedPath: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation
    /// The text of that line.
    public var sourceLine: String?

    public init(path: String, location: SourceLocation, sourceLine: String?) {
        self.path = path
        self.location = location
        self.sourceLine = sourceLine
    }

    init(path: String, node: YAMLNode, decoder: YAMLDecoder) {
        let location = decoder.location(of: node)
        self.init(path: path, location: location, sourceLine: decoder.sourceLine(at: location))
    }

    /// An error about the file, at the place its path is written.
    public func error(_ message: String) -> Diagnostic {
        .error(message, at: location, sourceLine: sourceLine)
    }
}
