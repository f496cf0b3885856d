import Models
import Site

/// `news/atom.xml`: the news items, newest first; one without a page of its own links to the
/// news list.
public struct NewsFeed: AtomFeedOutput {
    static let feed = FeedCatalog.news

    public init() {}

    func entryPages(of site: Site, context: FeedContext, limit: Int) -> [(page: SitePage, date: ContentDate)] {
        context.newest(site.pages(ofKind: .news), limit: limit)
    }

    func entry(of page: SitePage, date: ContentDate, context: FeedContext) -> AtomEntry? {
        let link = context.url(of: page.role == .listedOnly ? (page.section ?? "news") + "/" : page.route)
        return AtomEntry(
            id: context.tagURI(date: date, route: page.route), title: page.title, updated: date, link: link, authors: [],
            contentHTML: context.bodyHTML(of: page, pageURL: link))
    }
}
