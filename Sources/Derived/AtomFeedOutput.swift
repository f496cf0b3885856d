import Models
import Site

/// A derived output that is one Atom feed of the site's pages of one kind (`FeedCatalog`): its
/// path, that it needs a host, that it applies only to a site with pages of its kind, and how
/// it is written are the same for every feed; each feed says only what its entries are.
protocol AtomFeedOutput: DerivedOutput where Inputs == FeedInputs? {
    static var feed: FeedCatalog.Feed { get }

    /// The pages the feed shows, newest first and at most `limit` of them, each with its date.
    func entryPages(of site: Site, context: FeedContext, limit: Int) -> [(page: SitePage, date: ContentDate)]
    /// The entry of one of those pages.
    func entry(of page: SitePage, date: ContentDate, context: FeedContext) -> AtomEntry?
}

extension AtomFeedOutput {
    public var path: String { Self.feed.path }
    public var needsOrigin: Bool { true }

    public func applies(to site: Site) -> Bool {
        !site.pages(ofKind: Self.feed.kind).isEmpty
    }

    /// A feed reads the pages of its kind alone.
    public func mayRead(_ old: SitePage, becoming new: SitePage) -> Bool {
        old.kind == Self.feed.kind || new.kind == Self.feed.kind
    }

    public func inputs(of site: Site) -> FeedInputs? {
        guard let context = context(of: site) else { return nil }
        let writer = context.writer(for: Self.feed, of: site)
        let entries = entryPages(of: site, context: context, limit: writer.limit).compactMap { page, date in
            entry(of: page, date: date, context: context)
        }
        return FeedInputs(writer: writer, entries: entries)
    }

    /// Every entry's body is read.
    public func pagesReadingBody(of site: Site) -> [SitePage] {
        guard let context = context(of: site) else { return [] }
        return entryPages(of: site, context: context, limit: context.writer(for: Self.feed, of: site).limit).map(\.page)
    }

    /// What the feed's entries are made with, when the site has the feed.
    private func context(of site: Site) -> FeedContext? {
        guard FeedCatalog.feeds(of: site).contains(Self.feed) else { return nil }
        return FeedContext(of: site)
    }

    public func derive(from inputs: FeedInputs?) -> DerivedOutcome {
        inputs?.outcome(path: path) ?? DerivedOutcome()
    }
}
