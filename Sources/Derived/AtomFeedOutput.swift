import Site

/// A derived output that is one Atom feed of the site's pages of one kind (`FeedCatalog`): its
/// path, that it needs a host, that it applies only to a site with pages of its kind, and how
/// it is written are the same for every feed; each feed says only what its entries are.
protocol AtomFeedOutput: DerivedOutput where Inputs == FeedInputs? {
    static var feed: FeedCatalog.Feed { get }

    /// The feed's entries, newest first and at most `writer.limit` of them.
    func entries(of site: Site, context: FeedContext, writer: AtomFeedWriter) -> [AtomEntry]
}

extension AtomFeedOutput {
    public var path: String { Self.feed.path }
    public var needsOrigin: Bool { true }

    public func applies(to site: Site) -> Bool {
        !site.pages(ofKind: Self.feed.kind).isEmpty
    }

    public func inputs(of site: Site) -> FeedInputs? {
        guard FeedCatalog.feeds(of: site).contains(Self.feed), let context = FeedContext(of: site) else { return nil }
        let writer = context.writer(for: Self.feed, of: site)
        return FeedInputs(writer: writer, entries: entries(of: site, context: context, writer: writer))
    }

    public func derive(from inputs: FeedInputs?) -> DerivedOutcome {
        inputs?.outcome(path: path) ?? DerivedOutcome()
    }
}
