import Markdown
import Models
import Parse
@testable import Render
import Site
import Testing

extension ViewTestSite {
    init(site: Site) {
        self.site = site
    }

    /// The same site with the publications at these routes changed as given: for what only a
    /// `.bib` entry says (a month alone, `hidden`, a styled title).
    func changing(_ changes: [String: (inout Publication) -> Void]) throws -> ViewTestSite {
        var site = site
        for (route, change) in changes {
            let index = try #require(site.pages.firstIndex { $0.route == route && $0.role == .content })
            let page = site.pages[index]
            guard case .publication(var publication) = page.frontMatter.model else {
                Issue.record("\(route) is not a publication")
                continue
            }
            change(&publication)
            var frontMatter = page.frontMatter
            frontMatter.model = .publication(publication)
            site.pages[index].content = PageContent(frontMatter: frontMatter, body: page.body)
        }
        return ViewTestSite(site: site)
    }
}

/// The publications list: grouping, type order, order within a group, hidden entries.
@Suite struct PublicationListTests {
    static func paper(_ title: String, _ type: String, _ date: String) -> String {
        "---\ntitle: \(title)\nauthors: [Ada Quinlan]\ntype: \(type)\n\(date)\n---\n"
    }

    static let files = [
        "content/publications/a.md": paper("Alpha", "journal", "date: 2024-03-01"),
        "content/publications/b.md": paper("Beta", "thesis", "year: 2024"),
        "content/publications/c.md": paper("Gamma", "journal", "date: 2024-11-20"),
        "content/publications/d.md": paper("Delta", "conference", "date: 2023-05-05"),
        "content/publications/e.md": paper("Epsilon", "journal", "date: 2022-01-01"),
        "content/publications/f.md": paper("Zeta", "journal", "date: 2024-03-01"),
    ]

    static func titles(_ pages: ViewValue?) -> [String] {
        pages?.items?.compactMap { $0.at("title")?.text } ?? []
    }

    @Test func byYearNewestFirstThenMonthThenTitle() throws {
        let site = try ViewTestSite(Self.files)
        let groups = try #require(try site.context("publications/").at("list.groups")?.items)
        #expect(groups.map { $0.at("label") } == [.text("2024"), .text("2023"), .text("2022")])
        #expect(groups.map { $0.at("id") } == [.text("year-2024"), .text("year-2023"), .text("year-2022")])
        // The year alone (a thesis) after the dated 2024 entries; equal dates by title.
        #expect(Self.titles(groups[0].at("pages")) == ["Gamma", "Alpha", "Zeta", "Beta"])
        #expect(groups[0].at("years") == .list([]))
    }

    @Test func aMonthAloneFollowsTheDaysOfItsMonthAndHiddenEntriesAreNotListed() throws {
        let site = try ViewTestSite(Self.files).changing([
            "publications/c/": { $0.datePrecision = .month },
            "publications/f/": { $0.date = ContentDate(year: 2024, month: 11, day: 1); $0.datePrecision = .month },
            "publications/a/": { $0.hidden = true; $0.selected = true },
            // A year alone after a month alone of that year's January, whatever their titles.
            "publications/d/": { $0.date = ContentDate(year: 2022, month: 1, day: 1); $0.datePrecision = .year },
            "publications/e/": { $0.datePrecision = .month },
        ])
        let context = try site.context("publications/")
        #expect(Self.titles(context.at("list.groups.0.pages")) == ["Gamma", "Zeta", "Beta"])
        #expect(Self.titles(context.at("list.pages")) == ["Gamma", "Zeta", "Beta", "Epsilon", "Delta"])
        #expect(try site.summary("publications/c/").at("date.display") == .text("November 2024"))
        #expect(try site.summary("publications/c/").at("date.datetime") == .text("2024-11"))
        // Its page is still made; the home page does not show it among the selected either.
        #expect(try site.page("publications/a/").role == .content)
        let home = try ViewTestSite(Self.files.merging(["content/index.md": "Hi.\n"]) { $1 }).changing([
            "publications/a/": { $0.hidden = true; $0.selected = true },
            "publications/d/": { $0.selected = true },
            "publications/e/": { $0.selected = true },
        ])
        #expect(Self.titles(try home.context("").at("selected")) == ["Delta", "Epsilon"])
    }

    @Test func byTypeInTypeOrderWithTheirLabels() throws {
        let site = try ViewTestSite(config: "title: Lab\npublications:\n  group_by: type\n  type_order: [thesis, conference]\n", Self.files)
        let groups = try #require(try site.context("publications/").at("list.groups")?.items)
        #expect(groups.map { $0.at("label") } == [.text("Thesis"), .text("Conference paper"), .text("Journal article")])
        #expect(groups.map { $0.at("id") } == [.text("type-thesis"), .text("type-conference"), .text("type-journal")])
        #expect(Self.titles(groups[2].at("pages")) == ["Gamma", "Alpha", "Zeta", "Epsilon"])
    }

    @Test func byTypeThenYear() throws {
        let site = try ViewTestSite(config: "title: Lab\npublications:\n  group_by: type,year\n", Self.files)
        let groups = try #require(try site.context("publications/").at("list.groups")?.items)
        #expect(groups.map { $0.at("label") } == [.text("Journal article"), .text("Conference paper"), .text("Thesis")])
        let journal = try #require(groups[0].at("years")?.items)
        #expect(journal.map { $0.at("year") } == [.text("2024"), .text("2022")])
        #expect(journal.map { $0.at("id") } == [.text("journal-2024"), .text("journal-2022")])
        #expect(Self.titles(journal[0].at("pages")) == ["Gamma", "Alpha", "Zeta"])
        #expect(groups[0].at("pages") == .list([]))
    }
}
