import Markdown
import Models

/// What a page says once parsed: its front matter, its rendered body, and where
/// diagnostics may point. Shared by reference and never changed, because pages are copied,
/// sorted and listed many times per build and these parts are most of a page's size: copying
/// a page then costs one reference instead of every string and array inside its model.
public final class PageContent: Sendable {
    public let frontMatter: PageFrontMatter
    public let body: MarkdownDocument
    /// The page's start in its file and the keys in `frontMatter.marks`, with the text of their lines.
    public let anchors: [String: SourceAnchor]

    public init(frontMatter: PageFrontMatter = PageFrontMatter(), body: MarkdownDocument = .empty,
                anchors: [String: SourceAnchor] = [:]) {
        self.frontMatter = frontMatter
        self.body = body
        self.anchors = anchors
    }
}
