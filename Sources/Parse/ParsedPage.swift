import Diagnostics
import Markdown
import Models

/// A page after the parse stage: its front matter decoded and its body rendered.
public struct ParsedPage: Sendable {
    /// Path relative to the site root: `content/news/a.md`.
    public var sourcePath: String
    /// For one entry of a file of many pages, the entry's key (`knuth1984`); nil for a file's only page.
    public var entry: String?
    public var content: PageContent
    /// Where later stages may need to point: the page's start in its file (`file`) and the keys
    /// in `frontMatter.marks`, with the text of their lines, so the file's text need not be kept.
    public var anchors: [String: SourceAnchor]

    public var id: PageID { .source(path: sourcePath, entry: entry) }
    @inlinable public var frontMatter: PageFrontMatter { content.frontMatter }
    @inlinable public var body: MarkdownDocument { content.body }

    public init(sourcePath: String, entry: String? = nil, frontMatter: PageFrontMatter, body: MarkdownDocument,
                anchors: [String: SourceAnchor]) {
        self.init(sourcePath: sourcePath, entry: entry, content: PageContent(frontMatter: frontMatter, body: body), anchors: anchors)
    }

    public init(sourcePath: String, entry: String? = nil, content: PageContent, anchors: [String: SourceAnchor]) {
        self.sourcePath = sourcePath
        self.entry = entry
        self.content = content
        self.anchors = anchors
    }

    /// An error at a front-matter key if it was given, else at the page's start.
    public func error(_ message: String, at key: String) -> Diagnostic {
        let anchor = anchors[key] ?? anchors["file"]
        return .error(message, at: anchor?.location ?? .start(of: sourcePath), sourceLine: anchor?.line)
    }
}
