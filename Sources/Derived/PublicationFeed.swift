import LaTeX
import Links
import Models
import Site

/// `publications/atom.xml`: the papers by their date, newest first, each with its authors,
/// venue and abstract; hidden papers are left out as the list leaves them out.
public struct PublicationFeed: AtomFeedOutput {
    static let feed = FeedCatalog.publications

    public init() {}

    func entryPages(of site: Site, context: FeedContext, limit: Int) -> [(page: SitePage, date: ContentDate)] {
        let papers = site.pages(ofKind: .publication).filter { page in
            if case .publication(let publication) = page.frontMatter.model { return !publication.hidden }
            return false
        }
        return context.newest(papers, limit: limit)
    }

    func entry(of page: SitePage, date: ContentDate, context: FeedContext) -> AtomEntry? {
        guard case .publication(let publication) = page.frontMatter.model else { return nil }
        let link = context.url(of: page.route)
        let authors = publication.authors.filter { !$0.isOthers }.map(Self.name)
        var html = ""
        if !authors.isEmpty { html += "<p>" + HTMLEscaping.escape(authors.joined(separator: ", ")) + "</p>\n" }
        if let venue = publication.venue { html += "<p><em>" + venue.html + "</em></p>\n" }
        if let abstract = publication.abstract { html += "<p>" + abstract.html + "</p>\n" }
        html += context.bodyHTML(of: page, pageURL: link)
        return AtomEntry(
            id: context.tagURI(date: date, route: page.route), title: page.title, updated: date, link: link, authors: authors,
            contentHTML: html)
    }

    /// `Jean de la Fontaine, Jr.`: the name's parts in reading order.
    static func name(_ author: PublicationAuthor) -> String {
        let name = [author.first, author.von, author.last].filter { !$0.isEmpty }.joined(separator: " ")
        return author.jr.isEmpty ? name : name + ", " + author.jr
    }
}
