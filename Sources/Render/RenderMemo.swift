/// What the render stage keeps for the next build: each page's template, view and output.
/// A page is rendered again only when its template set, template name or view changed.
///
/// `@unchecked Sendable`: views are dictionaries of `Any` for Mustache; a memo is built
/// once, then only read.
public struct RenderMemo: @unchecked Sendable {
    struct Entry {
        var template: String
        var view: [String: Any]
        var contents: [UInt8]
    }

    let templateTexts: [String: String]
    /// By output path.
    let entries: [String: Entry]
    /// Page summaries by `ViewModelBuilder.key(of:)`, and the site's view.
    let summaries: [String: [String: Any]]
    let siteView: [String: Any]

    /// The memo, if it was made with templates of the same texts.
    func valid(for templates: TemplateSet) -> RenderMemo? {
        templateTexts == templates.texts ? self : nil
    }

    /// The previous output of a page, if it would render the same now.
    func contents(for path: String, template: String, view: [String: Any]) -> [UInt8]? {
        guard let entry = entries[path], entry.template == template, ViewEquality.equal(entry.view, view) else { return nil }
        return entry.contents
    }
}
