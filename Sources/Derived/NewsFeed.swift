import Models
import Site

/// `news/atom.xml`: the news items, newest first; one without a page of its own links to the
/// news list.
public struct NewsFeed: DerivedOutput {
    static let feed = FeedCatalog.news

    public var path: String { Self.feed.path }
    public var needsOrigin: Bool { true }

    public init() {}

    public func applies(to site: Site) -> Bool {
        !site.pages(ofKind: Self.feed.kind).isEmpty
    }

    public func inputs(of site: Site) -> FeedInputs? {
        guard FeedCatalog.feeds(of: site).contains(Self.feed), let context = FeedContext(of: site) else { return nil }
        let writer = context.writer(for: Self.feed, of: site)
        let entries = context.newest(site.pages(ofKind: .news), limit: writer.limit).map { page, date in
            let link = context.url(of: page.role == .listedOnly ? (page.section ?? "news") + "/" : page.route)
            return AtomEntry(
                id: context.tagURI(date: date, route: page.route), title: page.title, updated: date, link: link, authors: [],
                contentHTML: context.bodyHTML(of: page, pageURL: link))
        }
        return FeedInputs(writer: writer, entries: entries)
    }

    public func derive(from inputs: FeedInputs?) -> DerivedOutcome {
        inputs?.outcome(path: path) ?? DerivedOutcome()
    }
}
