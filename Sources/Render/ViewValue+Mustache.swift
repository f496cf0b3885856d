import Mustache

// How swift-mustache sees view values. Its hooks are typed `Any?`; this file is the only
// place that meets them.

extension ViewValue: MustacheCustomRepresentation {
    /// What Mustache renders: texts, flags and numbers as themselves (so its transforms, such as
    /// `empty(…)` and `first()`, apply), lists as arrays, objects as dictionaries (which
    /// swift-mustache reads through `MustacheParent`), rendered Markdown as `RenderedHTML`.
    var representation: Any? {
        switch self {
        case .text(let text): return text
        case .html(let html): return html
        case .bool(let flag): return flag
        case .number(let number): return number
        case .list(let items): return Self.texts(of: items) ?? items
        case .object(let fields): return fields
        }
    }
}

extension RenderedHTML: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    /// The HTML: written as is by `{{{…}}}`, escaped by `{{…}}` (swift-mustache escapes `{{…}}`
    /// whatever the value).
    var renderText: String { html }
    var isNull: Bool { false }

    /// Nothing: an HTML body has no fields (and is never read by reflection).
    func child(named: String) -> Any? { nil }

    /// The text transforms (`uppercased(page.content)`), as when the body was a plain text.
    func transform(_ name: String) -> Any? { html.transform(name) }
}
