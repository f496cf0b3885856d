import Models

/// Where the site's feeds and calendars are written, and which of them a site has: one place
/// that the pages linking to them (render) and the outputs writing them (derive) both read.
///
/// They all hold absolute URLs, so a site whose `base_url` has no host has none of them, and
/// its pages link to none.
public enum FeedCatalog {
    /// One Atom feed: its file below the output folder, its title, and the pages it lists.
    public struct Feed: Sendable, Hashable {
        public var path: String
        public var title: String
        public var kind: PageKind
    }

    public static let news = Feed(path: "news/atom.xml", title: "News", kind: .news)
    public static let publications = Feed(path: "publications/atom.xml", title: "Publications", kind: .publication)
    public static let seminars = Feed(path: "seminars/atom.xml", title: "Upcoming seminars", kind: .seminar)
    public static let allFeeds = [news, publications, seminars]

    /// The calendar of the whole seminar series.
    public static let seriesCalendarPath = "seminars/seminars.ics"

    /// The calendar of one session, next to its page: `seminars/2026-12-03-x/calendar.ics`.
    public static func sessionCalendarPath(route: String) -> String {
        route + "calendar.ics"
    }

    /// The feeds `site` has: none without a host, else one for each kind the site has pages of.
    public static func feeds(of site: Site) -> [Feed] {
        guard site.config.origin != nil else { return [] }
        return allFeeds.filter { !site.pages(ofKind: $0.kind).isEmpty }
    }

    /// Whether `site` has calendars: a host, and at least one seminar session.
    public static func hasCalendars(_ site: Site) -> Bool {
        site.config.origin != nil && !site.pages(ofKind: .seminar).isEmpty
    }
}
