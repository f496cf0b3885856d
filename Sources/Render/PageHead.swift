import Models
import Site

/// What a page's `<head>` says to machines, as `page.head` for the base template: the
/// `description` every page has, the absolute `canonical` URL, the `meta` tags (OpenGraph,
/// `twitter:card`, Google Scholar's `citation_*` on a paper's page) and `json_ld`, the page's
/// one JSON-LD script body (already safe inside `<script>`, for `{{{…}}}`).
///
/// Without a host in `base_url` the tags that need an absolute URL (canonical, `og:url`,
/// `og:image`, `citation_pdf_url`, `citation_abstract_html_url`, JSON-LD `url`s) are left out.
struct PageHead: Sendable {
    let inputs: HeadInputs

    /// Fallback descriptions are cut to this many characters, at a word, with an ellipsis.
    static let descriptionLimit = 300

    func view(of page: SitePage, summary: [String: ViewValue]) -> [String: ViewValue] {
        let description = self.description(of: page, summary: summary)
        var view: [String: ViewValue] = ["description": .text(description)]
        guard page.role != .notFound else { return view }
        let url = inputs.absolute(route: page.route)
        if let url { view["canonical"] = .text(url) }
        var meta: [(attribute: String, key: String, content: String)] = [
            ("property", "og:title", page.kind == .home ? inputs.siteTitle : page.title),
            ("property", "og:description", description),
            ("property", "og:type", Self.openGraphType(of: page)),
            ("property", "og:site_name", inputs.siteTitle),
        ]
        if let url { meta.append(("property", "og:url", url)) }
        if let image = image(of: page).flatMap(inputs.absolute) { meta.append(("property", "og:image", image)) }
        meta.append(("name", "twitter:card", "summary"))
        if case .publication(let publication) = page.frontMatter.model {
            meta += ScholarTags(inputs: inputs).tags(of: publication, page: page).map { ("name", $0.name, $0.content) }
        }
        view["meta"] = .list(meta.map { .object(["attribute": .text($0.attribute), "key": .text($0.key), "content": .text($0.content)]) })
        if let script = PageJSONLD(inputs: inputs).script(for: page) { view["json_ld"] = .text(script) }
        return view
    }

    /// `profile` for a home page that shows its owner, `article` for papers and news, else `website`.
    static func openGraphType(of page: SitePage) -> String {
        guard page.role == .content else { return "website" }
        switch page.frontMatter.model {
        case .home(let home): return home.showsProfile ? "profile" : "website"
        case .publication, .news: return "article"
        default: return "website"
        }
    }

    /// The page's own picture (a paper's preview, the home page's portrait or banner), else the site's `image:`.
    private func image(of page: SitePage) -> WebURL? {
        switch page.frontMatter.model {
        case .publication(let publication): if let preview = publication.preview { return preview }
        case .home(let home):
            if home.showsProfile, let avatar = inputs.author?.avatar { return avatar }
            if let banner = home.banner { return banner }
        default: break
        }
        return inputs.image
    }

    /// The page's summary (its `description:` or first paragraph); else what the page shows
    /// first: the site's description on the home page, a paper's abstract or citation, an
    /// offer's position, a session's talks; else its title and the site's.
    func description(of page: SitePage, summary: [String: ViewValue]) -> String {
        if case .text(let text)? = summary["summary"], !text.isEmpty { return text }
        var shown: String?
        switch page.frontMatter.model {
        case .home: shown = inputs.siteDescription
        case .publication(let publication):
            shown = publication.abstract?.plainText
            if shown?.isEmpty ?? true, case .object(let view)? = summary["publication"], case .text(let citation)? = view["citation"] {
                shown = citation
            }
        case .job(let offer):
            shown = [(offer.position ?? .other).label, offer.location, offer.deadline.map { "apply by \($0.isoDate)" }]
                .compactMap { $0 }.joined(separator: " · ")
        case .seminar(let session):
            shown = session.talks.map { "\($0.speaker): \($0.title)" }.joined(separator: "; ")
        case .talk(let talk):
            shown = talk.abstract ?? [talk.typeLabel, talk.event, talk.location].compactMap { $0 }.joined(separator: " · ")
        case .phdProject(let project):
            shown = [project.student.map { "PhD project of \($0)" }, project.institution].compactMap { $0 }.joined(separator: ", ")
        case .news, .page, .publicationEnrichment: break
        }
        let text = Self.collapsed(shown ?? "")
        if !text.isEmpty { return Self.shortened(text) }
        return page.kind == .home || page.title == inputs.siteTitle ? inputs.siteTitle : "\(page.title) · \(inputs.siteTitle)"
    }

    /// White space runs as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` cut to `descriptionLimit` characters at a space, with `…`.
    static func shortened(_ text: String) -> String {
        guard text.count > descriptionLimit else { return text }
        let cut = text.prefix(descriptionLimit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
