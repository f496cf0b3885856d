import Markdown
import Models
import Synchronization

/// What a page says once parsed: its front matter and its rendered body. Shared by reference
/// and never changed, because pages are copied, sorted and listed many times per build and
/// these parts are most of a page's size: copying a page then costs one reference instead of
/// every string and array inside its model. Where the page is in its file is kept beside it
/// (`ParsedPage.anchors`), so that a page that only moved in its file keeps its content object.
///
/// The one exception is `releaseBodyHTML()`, for a build that writes each page as it renders it.
public final class PageContent: Sendable {
    public let frontMatter: PageFrontMatter
    private let document: Mutex<MarkdownDocument>

    public init(frontMatter: PageFrontMatter = PageFrontMatter(), body: MarkdownDocument = .empty) {
        self.frontMatter = frontMatter
        document = Mutex(body)
    }

    /// The content of every page sitegen makes with none of its own (a section list without an
    /// introduction, the 404 page): one object, so that such a page is the same from build to
    /// build (`SitePage.isUnchanged(from:)`) and keeps the views made of it.
    public static let empty = PageContent()

    public var body: MarkdownDocument {
        document.withLock { $0 }
    }

    /// Lets go of the body's HTML (`MarkdownDocument.releaseHTML()`): the render stage of a build
    /// that keeps nothing for a next one calls it once the page is written and nothing left to
    /// make reads that HTML, so that 10,000 pages' bodies are not all held to the end.
    public func releaseBodyHTML() {
        document.withLock { $0.releaseHTML() }
    }
}
