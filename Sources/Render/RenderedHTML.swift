import Markdown

/// The HTML of a rendered Markdown body, as a view holds it. Only a `MarkdownDocument` makes
/// one, so rendered Markdown is the only HTML a template can write unescaped. The base path is
/// put before the body's root-relative URLs here, as it is before every other URL of a view.
struct RenderedHTML: Equatable, Sendable {
    let html: String

    init(_ document: MarkdownDocument, basePath: String) {
        html = document.html(basePath: basePath)
    }
}
