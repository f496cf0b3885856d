import Models
import Site

/// The schema.org JSON-LD of a page: `Person` and `WebSite` for the home page, a
/// `ScholarlyArticle` (or `Book`, `Chapter`, `Thesis`, `Report`…) for a paper, a `BlogPosting`
/// for a news item with its own page, a `JobPosting` for an open offer, an `Event` per talk of a
/// dated seminar session (and their `EventSeries`), an `Event` for a talk given; nothing for
/// other pages.
/// Every value is one the page shows; URLs are absolute or left out.
struct PageJSONLD: Sendable {
    let inputs: HeadInputs

    /// The page's one script body, `@context` first (and `@graph` for several nodes); nil when
    /// the page has no node.
    func script(for page: SitePage) -> String? {
        Self.document(nodes(for: page)).map(JSONWriter.write)
    }

    /// One node with `@context` put first, several under `@graph`; nil for none.
    static func document(_ nodes: [JSONValue]) -> JSONValue? {
        let context = (key: "@context", value: JSONValue.string("https://schema.org"))
        switch nodes.count {
        case 0: return nil
        case 1:
            guard case .object(let members) = nodes[0] else { return nil }
            return .object([context] + members)
        default: return .object([context, (key: "@graph", value: .array(nodes))])
        }
    }

    func nodes(for page: SitePage) -> [JSONValue] {
        guard page.role == .content else { return [] }
        switch page.frontMatter.model {
        case .home(let home): return self.home(home, page: page)
        case .publication(let publication): return [PublicationJSONLD(inputs: inputs).node(of: publication, page: page)]
        case .news(let item): return [news(item, page: page)]
        case .job(let offer):
            guard page.timeStatus == .open else { return [] }
            let description = JobPostingJSONLD.description(of: offer, page: page, basePath: inputs.basePath)
            return JobPostingJSONLD(inputs: inputs).node(of: offer, page: page, description: description).map { [$0] } ?? []
        case .seminar(let session): return SeminarJSONLD(inputs: inputs).nodes(of: session, page: page)
        case .talk(let talk): return [TalkJSONLD(inputs: inputs).node(of: talk, page: page)]
        case .phdProject, .page, .publicationEnrichment: return []
        }
    }

    /// The owner as a `Person` when the page shows the profile, and the `WebSite`. No `email`:
    /// the page shows the address as `user [at] domain` so that harvesters miss it, and markup
    /// with the address itself would undo that.
    private func home(_ home: HomePage, page: SitePage) -> [JSONValue] {
        var nodes: [JSONValue] = []
        let homeURL = inputs.absolute(route: "")
        if home.showsProfile, let author = inputs.author {
            // Profiles elsewhere (ORCID, Scholar, GitHub), not the site's own files such as a CV.
            let sameAs = author.links.map(\.url.value).filter { $0.lowercased().hasPrefix("https://") || $0.lowercased().hasPrefix("http://") }
            nodes.append(.node("Person", [
                "name": .string(author.name),
                "jobTitle": .text(author.role),
                "affiliation": author.affiliation.map { .node("Organization", ["name": .string($0)]) },
                "image": author.avatar.flatMap(inputs.absolute).map(JSONValue.string),
                "url": homeURL.map(JSONValue.string),
                "sameAs": sameAs.isEmpty ? nil : .array(sameAs.map(JSONValue.string)),
            ]))
        }
        nodes.append(.node("WebSite", [
            "name": .string(inputs.siteTitle),
            "url": homeURL.map(JSONValue.string),
        ]))
        return nodes
    }

    /// A `BlogPosting`: a researcher's own announcements are posts of a personal site, not the
    /// journalism of a news organization that `NewsArticle` stands for.
    private func news(_ item: NewsItem, page: SitePage) -> JSONValue {
        .node("BlogPosting", [
            "headline": .string(page.title),
            "datePublished": .string(item.date.isoDateTime),
            "author": author(),
            "url": inputs.absolute(route: page.route).map(JSONValue.string),
        ])
    }

    /// The site's author, as every page's footer names it.
    private func author() -> JSONValue? {
        guard let author = inputs.author else { return nil }
        return .node("Person", ["name": .string(author.name), "url": inputs.absolute(route: "").map(JSONValue.string)])
    }
}
