import Links

/// The `site.yml` settings that a source file's parse depends on: a file is parsed again when
/// they change, and only then or when its bytes do.
public struct ParseSettings: Sendable, Equatable {
    /// Prefixed to root-relative link and image URLs in Markdown bodies.
    public var basePath: String
    public var rawHTML: RawHTMLMode

    public init(basePath: String, rawHTML: RawHTMLMode) {
        self.basePath = basePath
        self.rawHTML = rawHTML
    }
}
