import Markdown
import Models

/// What a page says once parsed: its front matter and its rendered body. Shared by reference
/// and never changed, because pages are copied, sorted and listed many times per build and
/// these parts are most of a page's size: copying a page then costs one reference instead of
/// every string and array inside its model. Where the page is in its file is kept beside it
/// (`ParsedPage.anchors`), so that a page that only moved in its file keeps its content object.
public final class PageContent: Sendable {
    public let frontMatter: PageFrontMatter
    public let body: MarkdownDocument

    public init(frontMatter: PageFrontMatter = PageFrontMatter(), body: MarkdownDocument = .empty) {
        self.frontMatter = frontMatter
        self.body = body
    }
}
