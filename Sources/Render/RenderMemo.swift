import Site

/// What the render stage keeps for the next build: each page's template, view and output,
/// and the parts views are made of. A page is rendered again only when its template set,
/// template name or view changed; a part is made again only when what it is made of changed.
///
/// `@unchecked Sendable`: views are dictionaries of `Any` for Mustache; a memo is built
/// once, then only read.
public struct RenderMemo: @unchecked Sendable {
    struct Entry {
        var template: String
        var view: [String: Any]
        var contents: [UInt8]
    }

    /// What was made of one page: its summary (what lists show) and, for a page with a file
    /// of its own, its `page` view.
    struct PageViews {
        var page: SitePage
        var summary: [String: Any]
        var view: [String: Any]?
    }

    let templateTexts: [String: String]
    /// By output path.
    let entries: [String: Entry]
    /// By `ViewModelBuilder.key(of:)`.
    let pages: [SitePage.ID: PageViews]
    /// What the summaries were made with.
    let siteInputs: ModelViews.SiteInputs
    /// The site's view without a menu, and with the menu by which of its items are current.
    let siteView: [String: Any]
    let siteViewsByMenu: [[Bool]: [String: Any]]

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
