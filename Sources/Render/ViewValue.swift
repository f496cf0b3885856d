/// A value templates see: what `ViewBuilder` makes and swift-mustache renders (through the
/// hooks in `ViewValue+Mustache.swift`, without reflection).
///
/// Absent values are left out of objects, so `{{#page.date}}` sections simply do not render.
/// Equality is the compiler's: arrays and dictionaries that share their storage (a summary
/// reused from the previous build) compare equal without looking inside.
enum ViewValue: Equatable, Sendable {
    /// Escaped by `{{…}}`, like any text; `{{{…}}}` writes it as is.
    case text(String)
    /// Rendered Markdown: the only HTML a view holds.
    case html(RenderedHTML)
    case bool(Bool)
    case number(Int)
    case list([ViewValue])
    case object([String: ViewValue])
}
