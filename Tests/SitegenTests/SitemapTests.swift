import Diagnostics
import Models
import Parse
import Testing
@testable import Derived
@testable import Site

/// The sitemap and robots.txt writers, on sites made in memory.
@Suite struct SitemapTests {
    static let buildDate = ContentDate(year: 2026, month: 6, day: 1)

    static func page(_ route: String, date: ContentDate? = nil, role: SitePage.Role = .content, listing: [Int] = []) -> SitePage {
        SitePage(
            id: route.isEmpty ? .generated(outputPath: Route.outputPath(for: route)) : .source(path: "content/\(route.dropLast()).md", entry: nil), kind: .page, title: route, date: date,
            route: route, outputPath: Route.outputPath(for: route), content: PageContent(), section: nil,
            listedPages: listing, role: role)
    }

    static func site(_ pages: [SitePage], baseURL: String = "https://example.org/lab/") -> Site {
        var config = SiteConfig(title: "Test")
        if let split = SiteConfig.splitBaseURL(baseURL) { (config.origin, config.basePath) = split }
        return Site(config: config, pages: pages, buildDate: buildDate)
    }

    static func text(_ file: DerivedFile?) -> String {
        file.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    static func sitemap(_ site: Site) -> (text: String, diagnostics: [Diagnostic]) {
        let outcome = Sitemap().derive(from: site)
        #expect(outcome.files.map(\.path) == ["sitemap.xml"])
        return (text(outcome.files.first), outcome.diagnostics)
    }

    @Test func xmlEscapingCoversTheFiveSpecialCharacters() {
        #expect(XMLEscaping.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(XMLEscaping.escape("plain/été") == "plain/été")
    }

    @Test func urlsAreAbsoluteEscapedForXMLAndPercentEncoded() {
        let site = Self.site([Self.page(""), Self.page("R&D/"), Self.page("a<b/"), Self.page("séminaires/été/")])
        let (text, diagnostics) = Self.sitemap(site)
        #expect(diagnostics.isEmpty)
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.org/lab/</loc></url>
            <url><loc>https://example.org/lab/R&amp;D/</loc></url>
            <url><loc>https://example.org/lab/a%3Cb/</loc></url>
            <url><loc>https://example.org/lab/s%C3%A9minaires/%C3%A9t%C3%A9/</loc></url>
            </urlset>

            """)
    }

    @Test func letterBytesOutsideASCIIInTheBaseURLArePercentEncoded() {
        let site = Self.site([Self.page("a/")], baseURL: "https://exämple.org/caf%C3%A9/crème/")
        #expect(Self.sitemap(site).text.contains("<loc>https://ex%C3%A4mple.org/caf%C3%A9/cr%C3%A8me/a/</loc>"))
    }

    @Test func lastmodIsAW3CDateWithATimeOnlyWhenItHasAZone() {
        let dates: [(ContentDate, String)] = [
            (ContentDate(year: 2024, month: 3, day: 9), "2024-03-09"),
            (ContentDate(year: 2024, month: 3, day: 9, hour: 14, minute: 30), "2024-03-09"),
            (ContentDate(year: 2024, month: 3, day: 9, hour: 14, minute: 30, utcOffset: "+01:00"), "2024-03-09T14:30+01:00"),
            (ContentDate(year: 2024, month: 3, day: 9, hour: 8, minute: 5, second: 7, utcOffset: "Z"), "2024-03-09T08:05:07Z"),
        ]
        for (date, expected) in dates {
            #expect(date.w3cDate == expected)
            let text = Self.sitemap(Self.site([Self.page("a/", date: date)])).text
            #expect(text.contains("<url><loc>https://example.org/lab/a/</loc><lastmod>\(expected)</lastmod></url>\n"), "\(date)")
            #expect(SitemapRules.isW3CDate(expected))
        }
        #expect(Self.sitemap(Self.site([Self.page("a/")])).text.contains("<url><loc>https://example.org/lab/a/</loc></url>\n"))
    }

    @Test func aSectionListIsAsNewAsItsNewestPageUpToTheBuildDay() {
        let pages = [
            Self.page("news/a/", date: ContentDate(year: 2025, month: 1, day: 2)),
            Self.page("news/b/", date: ContentDate(year: 2026, month: 5, day: 31, hour: 9, minute: 0, utcOffset: "Z")),
            Self.page("news/c/"),
            Self.page("news/upcoming/", date: ContentDate(year: 2026, month: 6, day: 2)),
            Self.page("news/", role: .sectionList, listing: [0, 1, 2, 3]),
            Self.page("empty/", role: .sectionList, listing: [2]),
            Self.page("today/", date: ContentDate(year: 2026, month: 6, day: 1, hour: 23, minute: 0, utcOffset: "Z")),
        ]
        let text = Self.sitemap(Self.site(pages)).text
        #expect(text.contains("<loc>https://example.org/lab/news/</loc><lastmod>2026-05-31T09:00Z</lastmod>"))
        #expect(text.contains("<loc>https://example.org/lab/news/upcoming/</loc></url>"), "a date after the build day is not used")
        #expect(text.contains("<loc>https://example.org/lab/empty/</loc></url>"))
        #expect(text.contains("<loc>https://example.org/lab/today/</loc><lastmod>2026-06-01T23:00Z</lastmod>"))
    }

    @Test func theNotFoundPageAndListedOnlyItemsAreLeftOut() {
        let pages = [Self.page(""), Self.page("news/short/", role: .listedOnly), Self.page("404/", role: .notFound), Self.page("news/", role: .sectionList, listing: [1])]
        let locations = Self.sitemap(Self.site(pages)).text.split(separator: "\n").filter { $0.hasPrefix("<url>") }
        #expect(locations == ["<url><loc>https://example.org/lab/</loc></url>", "<url><loc>https://example.org/lab/news/</loc></url>"])
    }

    @Test func aURLOfTwoThousandAndFortyEightCharactersIsLeftOutWithAWarning() {
        let base = "https://example.org/lab/"
        let fits = String(repeating: "f", count: 2_047 - base.count - 1) + "/"
        let tooLong = String(repeating: "t", count: 2_048 - base.count - 1) + "/"
        let (text, diagnostics) = Self.sitemap(Self.site([Self.page(fits), Self.page(tooLong)]))
        #expect(text.contains(base + fits))
        #expect(!text.contains(base + tooLong))
        #expect(diagnostics.map(\.headline) == [
            "content/\(tooLong.dropLast()).md:1:1: warning: /\(tooLong) is not listed in sitemap.xml: its URL is 2048 characters long, and a sitemap takes only URLs shorter than 2048",
        ])
    }

    @Test func fiftyThousandAndOneURLsMakeAnIndexAndTwoParts() throws {
        // By URL, p9999/ comes last: alone in the second part, with the date that part's index entry shows.
        let pages = (0...50_000).map { Self.page("p\($0)/", date: $0 == 9_999 ? ContentDate(year: 2019, month: 5, day: 5) : ContentDate(year: 2024, month: 1, day: 1)) }
        let outcome = Sitemap().derive(from: Self.site(pages))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"])
        let index = SitemapRules.check(try #require(outcome.files.first).contents, origin: "https://example.org", index: true)
        #expect(index.problems.isEmpty)
        #expect(index.locations == ["https://example.org/lab/sitemap-1.xml", "https://example.org/lab/sitemap-2.xml"])
        #expect(index.lastmods == ["2024-01-01", "2019-05-05"])
        let parts = outcome.files.dropFirst().map { SitemapRules.check($0.contents, origin: "https://example.org") }
        #expect(parts.map(\.problems) == [[], []])
        #expect(parts.map(\.locations.count) == [50_000, 1])
        #expect(parts.last?.locations == ["https://example.org/lab/p9999/"])
        let all = parts.flatMap(\.locations)
        #expect(Set(all).count == 50_001)
        #expect(all == all.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })

        let fewer = Sitemap().derive(from: Self.site(Array(pages.dropLast())))
        #expect(fewer.files.map(\.path) == ["sitemap.xml"])
        #expect(SitemapRules.check(try #require(fewer.files.first).contents, origin: "https://example.org").locations.count == 50_000)
    }

    @Test func aFileOverTheByteLimitIsSplitToo() {
        let pages = (0..<10).map { Self.page("page-\($0)/") }
        let entry = "<url><loc>https://example.org/lab/page-0/</loc></url>\n".utf8.count
        let frame = (Sitemap.header + Sitemap.urlSetStart + Sitemap.urlSetEnd).utf8.count
        let outcome = Sitemap(maxURLs: 50_000, maxBytes: frame + 4 * entry).derive(from: Self.site(pages))
        #expect(outcome.files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        #expect(outcome.files.dropFirst().map(\.contents.count) == [frame + 4 * entry, frame + 4 * entry, frame + 2 * entry])
    }

    @Test func robotsTxtAllowsEverythingAndNamesTheSitemap() {
        let outcome = RobotsFile().derive(from: Self.site([Self.page("")], baseURL: "https://example.org/lab/"))
        #expect(outcome.files.map(\.path) == ["robots.txt"])
        #expect(Self.text(outcome.files.first) == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/lab/sitemap.xml\n")
    }

    @Test func theStageSkipsPathsTheSiteWritesAndWarnsOnceWithoutAHost() {
        let stage = DerivedStage()
        let withHost = Self.site([Self.page("")])
        #expect(stage.derive(from: withHost, besides: ["index.html"]).outcome.files.map(\.path) == ["sitemap.xml", "robots.txt"])
        #expect(stage.derive(from: withHost, besides: ["robots.txt"]).outcome.files.map(\.path) == ["sitemap.xml"])
        #expect(stage.derive(from: withHost, besides: ["sitemap.xml/index.html", "robots.txt.bak"]).outcome.files.map(\.path) == ["robots.txt"])

        let noHost = stage.derive(from: Self.site([Self.page("")], baseURL: "/lab/"), besides: []).outcome
        #expect(noHost.files.isEmpty)
        #expect(noHost.diagnostics.map(\.headline) == [
            "warning: base_url has no host, so sitemap.xml and robots.txt are not written and pages have no canonical link, og:url, og:image, citation_pdf_url, citation_abstract_html_url or JSON-LD url; "
                + "give a full URL such as https://example.org/ in site.yml or with --base-url",
        ])
        let oneLeft = stage.derive(from: Self.site([Self.page("")], baseURL: "/"), besides: ["robots.txt"]).outcome
        #expect(oneLeft.diagnostics.map(\.message) == [
            "base_url has no host, so sitemap.xml is not written and pages have no canonical link, og:url, og:image, citation_pdf_url, citation_abstract_html_url or JSON-LD url; "
                + "give a full URL such as https://example.org/ in site.yml or with --base-url",
        ])
        // Both files the site's own: the pages still leave their absolute URLs out, so the warning stays.
        #expect(stage.derive(from: Self.site([Self.page("")], baseURL: "/"), besides: ["robots.txt", "sitemap.xml"]).outcome.diagnostics.map(\.message) == [
            "base_url has no host, so pages have no canonical link, og:url, og:image, citation_pdf_url, citation_abstract_html_url or JSON-LD url; give a full URL such as https://example.org/ in site.yml or with --base-url",
        ])
    }

    /// A path is taken by a written path that is it, or that it holds as a folder; a longer
    /// name that starts with it, or the same name in another folder, does not take it.
    @Test func aPathIsTakenByItselfOrAFileInsideIt() {
        let written = ["feed.xml/a/index.html", "news/feed.xmlx", "news/feed.xml", "robots.txt.bak", "a/sitemap.xml", "index.html"]
        #expect(DerivedStage.taken(["feed.xml", "news/feed.xml", "robots.txt", "sitemap.xml"], by: written) == ["feed.xml", "news/feed.xml"])
        #expect(DerivedStage.taken(["index.html"], by: written) == ["index.html"])
        #expect(DerivedStage.taken(["news"], by: written) == ["news"])
        #expect(DerivedStage.taken(["new"], by: written).isEmpty)
    }

    /// Feeds take the newest pages: from the site's order as it is when it is newest first (as
    /// assembly leaves it), by sorting otherwise; both give the same entries.
    @Test func feedsTakeTheNewestPagesWhateverTheirOrder() throws {
        let dates = [3, 1, 2].map { ContentDate(year: 2026, month: $0, day: 1) }
        let pages = zip(["a/", "b/", "c/"], dates).map { Self.page($0, date: $1) } + [Self.page("undated/")]
        let context = try #require(FeedContext(of: Self.site(pages)))
        #expect(!FeedContext.isNewestFirst(pages))
        #expect(context.newest(pages, limit: 2).map(\.page.route) == ["a/", "c/"])
        let ordered = [pages[0], pages[2], pages[3], pages[1]]
        #expect(FeedContext.isNewestFirst(ordered))
        #expect(context.newest(ordered, limit: 2).map(\.page.route) == ["a/", "c/"])
        #expect(context.newest(ordered, limit: 5).map(\.page.route) == ["a/", "c/", "b/"])
    }
}
