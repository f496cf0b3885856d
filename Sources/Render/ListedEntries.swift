import Site

/// Renders a page's entry partial (`partials/publication-entry` for a publication,
/// `partials/KIND-entry` for any kind), once per page and change, for the lists that show the
/// page: a list template writes `{{{entry}}}` for each page rather than the partial, so that a
/// list of thousands is not rendered entry by entry again when one entry changes.
///
/// The partial sees the page's summary and `site`, the site's view without a menu; a theme
/// with no entry partial for a kind gets no `entry` in its summaries.
struct ListedEntries: Sendable {
    let templates: TemplateSet
    let siteView: [String: ViewValue]
    /// Whether the templates and the site view are those of the earlier build, so that the
    /// entries it rendered for summaries that did not change still hold.
    let isSame: Bool

    /// The summary with `entry` when the theme has the page's entry partial.
    func listed(_ page: SitePage, summary: [String: ViewValue]) -> [String: ViewValue] {
        let name = "partials/\(page.kind.rawValue)-entry"
        guard page.role == .content || page.role == .listedOnly, templates.names.contains(name) else { return summary }
        var context = summary
        context["site"] = .object(siteView)
        var listed = summary
        listed["entry"] = .html(RenderedHTML(rendered: String(decoding: templates.render(context, template: name), as: UTF8.self)))
        return listed
    }
}
