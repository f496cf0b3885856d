import Markdown
import Models
import Parse
import Testing
@testable import Site

/// Routes and the order of pages, checked on the assembler's own functions.
@Suite struct AssemblyTests {
    @Test func slugsAreOneSafeSegment() {
        for good in ["a", "l2s", "café-crème", "2026-05-12-seminar", "über_uns", "数据"] {
            #expect(Route.isValidSlug(good), "\(good)")
        }
        for bad in ["", ".", "..", "a/b", "a\\b", "a?b", "a#b", "100%", "a\"b", "a<b", "a>b", "a|b", "a*b", "a:b", "a\tb", "a\u{7F}b",
                    String(repeating: "x", count: 201)] {
            #expect(!Route.isValidSlug(bad), "\(bad)")
        }
    }

    @Test func aDatePrefixGivesTheDateAndTheRest() throws {
        let prefixed = try #require(DatePrefix.split("2019-05-03-l2s"))
        #expect(prefixed.date == ContentDate(year: 2019, month: 5, day: 3))
        #expect(prefixed.rest == "l2s")
        #expect(DatePrefix.split("2019-05-03-été")?.rest == "été")
        for name in ["2019-05-03", "2019-05-03-", "2019-05-03_x", "2019-13-03-x", "2019-02-30-x", "l2s-2019-05-03", "é019-05-03-x"] {
            #expect(DatePrefix.split(name) == nil, "\(name)")
        }
    }

    @Test func contentPathsBecomeRouteSegments() {
        #expect(Route.components(of: "content/news/a.md") == ["content", "news", "a.md"])
        #expect(Route.segments(forContentPath: "content/news/a.md") == ["news", "a"])
        #expect(Route.segments(forContentPath: "content/news/index.md") == ["news"])
        #expect(Route.segments(forContentPath: "content/index.md") == [])
        #expect(Route.segments(forContentPath: "content/séminaires/été.md") == ["séminaires", "été"])
        #expect(Route.segments(forContentPath: "content/publications.bib", entry: "knuth1984") == ["publications", "knuth1984"])
        #expect(Route.segments(forContentPath: "content/a/refs.v2.bib", entry: "k") == ["a", "refs.v2", "k"])
        #expect(Route.segments(forContentPath: "content/talks/index.bib", entry: "k") == ["talks", "k"])
    }

    @Test func orderingValuesOrderDatesAsDatesDo() {
        let dates = [
            ContentDate(year: 2024, month: 3, day: 9),
            ContentDate(year: 2024, month: 3, day: 9, hour: 0, minute: 0),
            ContentDate(year: 2024, month: 3, day: 9, hour: 14, minute: 0),
            ContentDate(year: 2024, month: 3, day: 9, hour: 14, minute: 0, second: 30),
            ContentDate(year: 2024, month: 3, day: 10),
            ContentDate(year: 2024, month: 12, day: 1),
            ContentDate(year: 2025, month: 1, day: 1),
            ContentDate(year: 999, month: 1, day: 1),
        ]
        for lhs in dates {
            for rhs in dates {
                #expect((lhs < rhs) == (lhs.orderingValue < rhs.orderingValue), "\(lhs) \(rhs)")
            }
        }
    }

    @Test func pagesAreNewestFirstThenUndatedByTitle() {
        func page(_ name: String, title: String, date: String? = nil) -> ParsedPage {
            var frontMatter = PageFrontMatter()
            frontMatter.title = title
            frontMatter.date = date.flatMap(ContentDate.init(parsing:))
            return ParsedPage(sourcePath: "content/notes/\(name).md", frontMatter: frontMatter, body: .empty, anchors: [:])
        }
        let parsed = [
            page("a", title: "Beta"),
            page("b", title: "Old", date: "2020-01-01"),
            page("c", title: "Alpha"),
            page("d", title: "Same day, later title", date: "2024-05-01"),
            page("e", title: "Same day", date: "2024-05-01"),
            page("f", title: "Afternoon", date: "2024-05-01 15:00"),
            page("g", title: "Alpha"),
        ]
        let assembler = SiteAssembler(config: SiteConfig(title: "T"), buildDate: ContentDate(year: 2026, month: 1, day: 1), includeDrafts: false)
        let site = assembler.assemble(parsed).site
        let order = site.pages.filter { $0.section == "notes" && $0.role == .content }.map(\.route)
        #expect(order == ["notes/f/", "notes/e/", "notes/d/", "notes/b/", "notes/c/", "notes/g/", "notes/a/"])
    }
}
