import LaTeX
import Markdown

/// HTML a view holds, written unescaped by `{{{…}}}`. Only a `MarkdownDocument`, a
/// `DisplayText` (LaTeX converted, its text escaped and its styles as elements) or a template
/// (an entry partial, see `ListedEntries`) makes one, so those are the only HTML a template can
/// write unescaped. The base path is put before the
/// body's root-relative URLs here, as it is before every other URL of a view.
struct RenderedHTML: Equatable, Sendable {
    let html: String

    init(_ document: MarkdownDocument, basePath: String) {
        html = document.html(basePath: basePath)
    }

    /// A title, venue or abstract with its markup: `DisplayText.html` escapes every text.
    init(_ text: DisplayText) {
        html = text.html
    }

    /// What a template rendered.
    init(rendered html: String) {
        self.html = html
    }
}
