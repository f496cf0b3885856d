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

    /// The image URL at `node` (a file name alone read in `/assets/images/`), added to
    /// `images` with its place when it is local; nil, with an error at the node, when it is not
    /// an image URL.
    static func image(at node: YAMLNode, decoder: YAMLDecoder, adding images: inout [PlacedPath]) -> WebURL? {
        guard let url = WebURL(yaml: node, decoder: decoder, for: .image)?.inImagesFolder else { return nil }
        if url.isLocal { images.append(PlacedPath(path: url.value, node: node, decoder: decoder)) }
        return url
    }

    /// A warning about the file, at the place its path is written.
    public func warning(_ message: String) -> Diagnostic {
        .warning(message, at: location, sourceLine: sourceLine)
    }

    /// An error about the file, at the place its path is written.
    public func error(_ message: String) -> Diagnostic {
        .error(message, at: location, sourceLine: sourceLine)
    }
}
