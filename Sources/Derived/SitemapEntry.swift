import Diagnostics
import Links
import Models
import Site

/// One `<url>` of a sitemap: a page that has a file of its own, and when it last changed.
struct SitemapEntry: Sendable, Equatable {
    /// The page's absolute URL, percent-encoded, not yet escaped for XML.
    let location: String
    /// From the content's dates; nil when the page has none.
    let lastModified: ContentDate?
    /// The `<url>` element, on one line.
    let element: String

    init(location: String, lastModified: ContentDate?) {
        self.location = location
        self.lastModified = lastModified
        let lastmod = lastModified.map { "<lastmod>\($0.w3cDate)</lastmod>" } ?? ""
        element = "<url><loc>\(XMLEscaping.escape(location))</loc>\(lastmod)</url>\n"
    }

    /// What a sitemap reads of a page with a file of its own (not the 404 page, not a news item
    /// shown only in lists).
    struct Page: Sendable, Equatable {
        var route: String
        var sourcePath: String?
        var lastModified: ContentDate?
    }

    /// The pages a sitemap lists, in the site's order.
    static func pages(of site: Site) -> [Page] {
        site.pages.filter { $0.role == .content || $0.role == .sectionList }.map {
            Page(route: $0.route, sourcePath: $0.sourcePath, lastModified: lastModified(of: $0, in: site))
        }
    }

    /// The entries of `pages` below `prefix` (`https://example.org/lab/`), by URL. A URL the
    /// protocol does not allow (2,048 characters or more) is left out with a warning.
    static func entries(of pages: [Page], prefix: String, diagnostics: inout [Diagnostic]) -> [SitemapEntry] {
        var entries: [SitemapEntry] = []
        for page in pages {
            let location = prefix + PathEncoding.encode(page.route)
            guard location.utf8.count < Sitemap.urlLengthLimit else {
                diagnostics.append(.warning(
                    "/\(page.route) is not listed in sitemap.xml: its URL is \(location.utf8.count) characters long, "
                        + "and a sitemap takes only URLs shorter than \(Sitemap.urlLengthLimit)",
                    at: page.sourcePath.map(SourceLocation.start(of:))))
                continue
            }
            entries.append(SitemapEntry(location: location, lastModified: page.lastModified))
        }
        // Every byte of a location is ASCII, so this is byte order.
        return entries.sorted { $0.location < $1.location }
    }

    /// The page's date; for a section list, the newest of its own date and its pages' dates.
    /// A date after the build day (an upcoming seminar) is not a change yet and is not used.
    static func lastModified(of page: SitePage, in site: Site) -> ContentDate? {
        let buildDay = site.buildDay
        var newest: ContentDate?
        func consider(_ date: ContentDate?) {
            guard let date, buildDay.hasCome(date), newest.map({ $0 < date }) ?? true else { return }
            newest = date
        }
        consider(page.date)
        if page.role == .sectionList {
            for index in page.listedPages { consider(site.pages[index].date) }
        }
        return newest
    }
}
