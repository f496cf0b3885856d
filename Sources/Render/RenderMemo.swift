import Site

/// What the render stage keeps for the next build: each page's template, view and output, and
/// the views of `ViewMemo`. A page is rendered again only when its template set, template name
/// or view changed; a view is made again only when what it is made of changed.
public struct RenderMemo: Sendable {
    struct Entry: Sendable {
        var template: String
        var view: [String: ViewValue]
        var contents: [UInt8]
    }

    let templateTexts: [String: String]
    /// By output path.
    let entries: [String: Entry]
    let views: ViewMemo
    /// The site's pages, in the site's order.
    let pages: [SitePage]

    /// The memo's outputs, if they were made with templates of the same texts.
    func entries(for templates: TemplateSet) -> [String: Entry] {
        templateTexts == templates.texts ? entries : [:]
    }
}
