import Diagnostics
import Markdown
import Models

/// A content file after the parse stage: its front matter decoded and its body rendered.
public struct ParsedPage: Sendable {
    /// Path relative to the site root: `content/news/a.md`.
    public var sourcePath: String
    public var content: PageContent

    public var frontMatter: PageFrontMatter { content.frontMatter }
    public var body: MarkdownDocument { content.body }
    /// Where later stages may need to point: the file's start and the keys in
    /// `frontMatter.marks`, with the text of their lines, so the file's text need not be kept.
    public var anchors: [String: SourceAnchor] { content.anchors }

    public init(sourcePath: String, frontMatter: PageFrontMatter, body: MarkdownDocument,
                anchors: [String: SourceAnchor]) {
        self.sourcePath = sourcePath
        content = PageContent(frontMatter: frontMatter, body: body, anchors: anchors)
    }

    /// An error at a front-matter key if it was given, else at the file's start.
    func error(_ message: String, at key: String) -> Diagnostic {
        let anchor = anchors[key] ?? anchors["file"]
        return .error(message, at: anchor?.location ?? .start(of: sourcePath), sourceLine: anchor?.line)
    }
}

/// A place in a source file and the text of its line, kept so that a later stage can point at
/// it without keeping the whole file.
public struct SourceAnchor: Sendable {
    public var location: SourceLocation
    public var line: String?

    public init(location: SourceLocation, line: String?) {
        self.location = location
        self.line = line
    }

    public func error(_ message: String) -> Diagnostic {
        .error(message, at: location, sourceLine: line)
    }
}
