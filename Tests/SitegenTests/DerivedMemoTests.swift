import Models
import Synchronization
import Testing
@testable import Derived
@testable import Site

/// The derive stage's memo: an output is made again only when what it reads of the site changed.
@Suite struct DerivedMemoTests {
    /// Counts how often it is made; reads only the pages' titles.
    struct TitleList: DerivedOutput {
        final class Counter: Sendable {
            let made = Mutex(0)
        }

        let counter: Counter
        var path: String { "titles.txt" }
        var needsOrigin: Bool { false }

        func inputs(of site: Site) -> [String] {
            site.pages.map(\.title)
        }

        func derive(from titles: [String]) -> DerivedOutcome {
            counter.made.withLock { $0 += 1 }
            return DerivedOutcome(files: [DerivedFile(path: path, contents: Array(titles.joined(separator: "\n").utf8))])
        }
    }

    static func site(titles: [String]) -> Site {
        var pages = titles.map { SitemapTests.page("\($0)/") }
        for index in pages.indices { pages[index].title = titles[index] }
        return SitemapTests.site(pages)
    }

    @Test func anOutputIsMadeAgainOnlyWhenItsInputsChanged() {
        let counter = TitleList.Counter()
        let stage = DerivedStage(outputs: [TitleList(counter: counter)])
        let first = stage.derive(from: Self.site(titles: ["a", "b"]), besides: [])
        #expect(counter.made.withLock { $0 } == 1)

        let same = stage.derive(from: Self.site(titles: ["a", "b"]), besides: [], earlier: first.memo)
        #expect(counter.made.withLock { $0 } == 1, "equal inputs: the kept outcome is used")
        #expect(same.outcome == first.outcome)
        let again = stage.derive(from: Self.site(titles: ["a", "b"]), besides: [], earlier: same.memo)
        #expect(counter.made.withLock { $0 } == 1, "a kept outcome is kept again")


        let changed = stage.derive(from: Self.site(titles: ["a", "c"]), besides: [], earlier: again.memo)
        #expect(counter.made.withLock { $0 } == 2)
        #expect(SitemapTests.text(changed.outcome.files.first) == "a\nc")

        _ = stage.derive(from: Self.site(titles: ["a", "c"]), besides: [])
        #expect(counter.made.withLock { $0 } == 3, "without a memo, everything is made")
    }

    /// A page's title is not part of the sitemap, so a title edit in `sitegen serve` does not
    /// make the sitemap again; a date is.
    @Test func theSitemapReadsRoutesAndDatesNotTitles() {
        let dated = ContentDate(year: 2026, month: 5, day: 1)
        var pages = [SitemapTests.page(""), SitemapTests.page("a/", date: dated)]
        let before = Sitemap().inputs(of: SitemapTests.site(pages))
        pages[1].title = "Another title"
        #expect(Sitemap().inputs(of: SitemapTests.site(pages)) == before)
        pages[1].date = ContentDate(year: 2026, month: 5, day: 2)
        #expect(Sitemap().inputs(of: SitemapTests.site(pages)) != before)
        #expect(RobotsFile().inputs(of: SitemapTests.site(pages)) == "https://example.org/lab/sitemap.xml")
    }

    /// Counts how often its inputs are taken; reads only the news items.
    struct NewsTitles: DerivedOutput {
        let counter: TitleList.Counter
        var path: String { "news.txt" }
        var needsOrigin: Bool { false }

        func mayRead(_ old: SitePage, becoming new: SitePage) -> Bool {
            old.kind == .news || new.kind == .news
        }

        func inputs(of site: Site) -> [String] {
            counter.made.withLock { $0 += 1 }
            return site.pages(ofKind: .news).map(\.title)
        }

        func derive(from titles: [String]) -> DerivedOutcome {
            DerivedOutcome(files: [DerivedFile(path: path, contents: Array(titles.joined(separator: "\n").utf8))])
        }
    }

    /// With the same configuration, an output that reads none of the pages that changed keeps
    /// its outcome without its inputs being taken; a change to a page it reads, another
    /// configuration, or pages that came or went make it take them.
    @Test func anOutputThatReadsNoChangedPageIsNotAskedForItsInputs() {
        let counter = TitleList.Counter()
        let stage = DerivedStage(outputs: [NewsTitles(counter: counter)])
        var news = SitemapTests.page("news/a/")
        news.kind = .news
        let page = SitemapTests.page("about/")
        let first = stage.derive(from: SitemapTests.site([news, page]), besides: [])
        #expect(counter.made.withLock { $0 } == 1)

        var edited = page
        edited.title = "About, edited"
        let kept = stage.derive(from: SitemapTests.site([news, edited]), besides: [], earlier: first.memo, sameConfig: true)
        #expect(counter.made.withLock { $0 } == 1, "a page it does not read changed")
        #expect(kept.outcome == first.outcome)

        _ = stage.derive(from: SitemapTests.site([news, edited]), besides: [], earlier: first.memo)
        #expect(counter.made.withLock { $0 } == 2, "the configuration may have changed")
        var retitled = news
        retitled.title = "A, edited"
        let made = stage.derive(from: SitemapTests.site([retitled, edited]), besides: [], earlier: kept.memo, sameConfig: true)
        #expect(counter.made.withLock { $0 } == 3, "a news item changed")
        #expect(SitemapTests.text(made.outcome.files.first) == "A, edited")
        _ = stage.derive(from: SitemapTests.site([retitled, edited, page]), besides: [], earlier: made.memo, sameConfig: true)
        #expect(counter.made.withLock { $0 } == 4, "a page came")
    }

    /// What each output says it reads of a page that changed.
    @Test func outputsSayWhichChangesTheyRead() {
        var news = SitemapTests.page("news/a/")
        news.kind = .news
        var retitled = news
        retitled.title = "Another title"
        var redated = news
        redated.date = ContentDate(year: 2026, month: 5, day: 2)
        #expect(Sitemap().mayRead(news, becoming: retitled), "what assembly reads, the sitemap is asked about: a title too")
        #expect(Sitemap().mayRead(news, becoming: redated))
        #expect(!Sitemap().mayRead(news, becoming: news))
        #expect(NewsFeed().mayRead(news, becoming: retitled))
        #expect(!PublicationFeed().mayRead(news, becoming: retitled))
        #expect(!SeminarCalendars().mayRead(news, becoming: retitled))
        var session = news
        session.kind = .seminar
        #expect(SeminarCalendars().mayRead(news, becoming: session) && SeminarFeed().mayRead(session, becoming: session))
        #expect(NewsFeed().mayRead(session, becoming: news), "a page that becomes a news item")
    }

    /// Another build day may change what the sitemap says of the same pages: a date that was
    /// still to come is now past.
    @Test func anotherBuildDayIsAChangeEvenWithTheSamePages() throws {
        let stage = DerivedStage(outputs: [Sitemap()])
        let page = SitemapTests.page("a/", date: ContentDate(year: 2026, month: 6, day: 5))
        var site = SitemapTests.site([SitemapTests.page(""), page])
        site.buildDate = ContentDate(year: 2026, month: 6, day: 1)
        let first = stage.derive(from: site, besides: [])
        site.buildDate = ContentDate(year: 2026, month: 6, day: 10)
        let later = stage.derive(from: site, besides: [], earlier: first.memo, sameConfig: true)
        #expect(SitemapTests.text(later.outcome.files.first).contains("<lastmod>2026-06-05</lastmod>"))
        #expect(!SitemapTests.text(first.outcome.files.first).contains("<lastmod>2026-06-05</lastmod>"))
    }
}
