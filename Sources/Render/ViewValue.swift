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

extension ViewValue {
    /// The texts of a list of texts alone (and at least one): swift-mustache sees such a list
    /// as `[String]`, so that `sorted(…)` applies to it as it did before views were typed.
    static func texts(of items: [ViewValue]) -> [String]? {
        guard !items.isEmpty else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        for item in items {
            guard case .text(let text) = item else { return nil }
            texts.append(text)
        }
        return texts
    }
}
