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
}
