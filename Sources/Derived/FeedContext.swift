import Links
import Markdown
import Models
import Site

/// What every feed reads of the site besides its entries, and how entries get their ids,
/// links and bodies.
struct FeedContext: Sendable, Equatable {
    /// `https://example.org/lab/`, percent-encoded.
    var prefix: String
    /// `https://example.org`, percent-encoded.
    var origin: String
    var basePath: String
    /// The host for tag URIs.
    var host: String
    var clock: SiteClock

    init?(of site: Site) {
        guard let prefix = AbsoluteURL.prefix(of: site), let origin = site.config.origin,
              let host = SeminarEvents.host(of: origin) else { return nil }
        self.prefix = prefix
        self.origin = AbsoluteURL.encodeNonASCII(origin)
        basePath = site.config.basePath
        self.host = host
        clock = SiteClock(zone: site.config.timeZone)
    }

    /// The writer of `feed` for `site`, its entries at most `feed_limit`.
    func writer(for feed: FeedCatalog.Feed, of site: Site) -> AtomFeedWriter {
        let listRoute = String(feed.path.prefix(while: { $0 != "/" })) + "/"
        let newest = site.pages(ofKind: feed.kind).compactMap(\.date).max()
        return AtomFeedWriter(
            selfURL: url(of: feed.path), pageURL: url(of: listRoute), base: prefix,
            title: "\(site.config.title): \(feed.title)", author: site.config.author?.name ?? site.config.title,
            language: site.config.language, clock: clock, limit: site.config.feeds.feedLimit, fallbackUpdated: newest)
    }

    /// The absolute URL of a route or file below the base path.
    func url(of route: String) -> String {
        prefix + PathEncoding.encode(route)
    }

    /// `tag:example.org,2026-10-14:/lab/news/grant/`: RFC 4151, from the host, the date the
    /// page was first dated and its path.
    func tagURI(date: ContentDate, route: String) -> String {
        "tag:\(host),\(date.isoDate):" + PathEncoding.encode(basePath + route)
    }

    /// The page's body as HTML with every URL absolute, read from `pageURL`.
    func bodyHTML(of page: SitePage, pageURL: String) -> String {
        page.body.html(origin: origin, basePath: basePath, pageURL: pageURL)
    }

    /// The `limit` newest of `pages` by `date`, the newest first (the site's order among equals).
    func newest(_ pages: [SitePage], limit: Int) -> [(page: SitePage, date: ContentDate)] {
        // Dates in the site's zone order as written; only a date with an offset of its own needs
        // an instant, and each is computed once, as a calendar computation costs more than the sort.
        let anyOffset = pages.contains { $0.date?.utcOffset != nil }
        // The site lists pages newest first already: then the first dated ones are the newest.
        if !anyOffset, Self.isNewestFirst(pages) {
            return Array(pages.lazy.compactMap { page in page.date.map { (page: page, date: $0) } }.prefix(limit))
        }
        let dated = pages.enumerated().compactMap { offset, page in
            page.date.map { date in
                (page: page, date: date, key: anyOffset ? clock.instant(date).timeIntervalSince1970 : Double(date.orderingValue), offset: offset)
            }
        }
        let ordered = dated.sorted { $0.key != $1.key ? $0.key > $1.key : $0.offset < $1.offset }
        return ordered.prefix(limit).map { ($0.page, $0.date) }
    }

    /// Whether the dated pages of `pages` come in order of their dates as written, newest first.
    static func isNewestFirst(_ pages: [SitePage]) -> Bool {
        var last = Int64.max
        for page in pages {
            guard let value = page.date?.orderingValue else { continue }
            if value > last { return false }
            last = value
        }
        return true
    }
}

/// What a feed output reads of the site: how to write it, and its entries; nil without a host
/// or without pages of its kind.
public struct FeedInputs: Sendable, Equatable {
    var writer: AtomFeedWriter
    var entries: [AtomEntry]

    func outcome(path: String) -> DerivedOutcome {
        DerivedOutcome(files: [DerivedFile(path: path, contents: writer.feed(entries))])
    }
}
