import Markdown

/// The HTML of a rendered Markdown body, as a view holds it. Only a `MarkdownDocument` makes
/// one, so rendered Markdown is the only HTML a template can write unescaped.
struct RenderedHTML: Equatable, Sendable {
    let html: String

    init(_ document: MarkdownDocument) {
        html = document.html
    }
}
