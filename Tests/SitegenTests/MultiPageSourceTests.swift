import Build
import Foundation
import Models
import Parse
import Testing

/// A source file of many pages (the test-only `.entries` format) goes through the same
/// assembly, rendering, diagnostics and incremental rebuilds as Markdown files.
@Suite struct MultiPageSourceTests {
    static let date = ContentDate(year: 2026, month: 6, day: 1)
    static let entries = "knuth1984: Literate programming\nlamport1978: Time, clocks\n\ndijkstra1968: Go to considered harmful\n"

    @Test func eachEntryIsAPageInTheSectionItsFileNames() throws {
        let site = try TempSite([
            "site.yml": "title: Entries\n",
            "content/reading.entries": Self.entries,
            "content/reading/notes.md": "---\ntitle: Notes\n---\nOn reading.\n",
        ])
        let report = site.build(formats: .withEntries)
        #expect(report.succeeded, "\(report.rendered)")
        #expect(report.pagesByKind == ["page": 4, "lists": 1, "home": 1])
        let page = try #require(site.page("reading/knuth1984/index.html"))
        #expect(page.contains("<h1>Literate programming</h1>"))
        #expect(site.page("reading/lamport1978/index.html")?.contains("<h1>Time, clocks</h1>") == true)
        #expect(site.page("reading/dijkstra1968/index.html")?.contains("<h1>Go to considered harmful</h1>") == true)
        #expect(site.page("reading.entries") == nil, "a file a format takes is not copied")

        // The list shows the entries and the Markdown page of the section, by title.
        let list = try #require(site.page("reading/index.html"))
        let links = ["/reading/dijkstra1968/", "/reading/knuth1984/", "/reading/notes/", "/reading/lamport1978/"]
        let positions = links.compactMap { list.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(positions.count == 4 && positions == positions.sorted(), "\(list)")
        #expect(list.contains("<p>About knuth1984.</p>"))

        // Without the format, the file is copied as it is and makes no pages.
        #expect(site.build().succeeded)
        #expect(site.page("reading.entries") == Self.entries)
        #expect(site.page("reading/knuth1984/index.html") == nil)
    }

    /// As a file's name does for a page without a title, an entry's key gives a title and,
    /// with a date prefix, a date.
    @Test func anEntryWithoutTitleIsNamedByItsKey() throws {
        let site = try TempSite(["content/reading.entries": "turing_1950:\n2024-05-06-keynote-talk:\n"])
        #expect(site.build(formats: .withEntries).succeeded)
        #expect(site.page("reading/turing_1950/index.html")?.contains("<h1>Turing 1950</h1>") == true)
        let dated = try #require(site.page("reading/2024-05-06-keynote-talk/index.html"))
        #expect(dated.contains("<h1>Keynote talk</h1>"))
        #expect(dated.contains("<time datetime=\"2024-05-06\">"), "\(dated)")
    }

    @Test func formatsTakeFilesByTheExtensionOfTheirName() {
        let formats = SourceFormats.withEntries
        #expect(formats.format(for: "content/a.md") is MarkdownFormat)
        #expect(formats.format(for: "content/x.v2.entries") is EntriesFormat)
        #expect(formats.format(for: "content/entries.md/a.md") is MarkdownFormat)
        for copied in ["content/a.MD", "content/md", "content/a.md.txt", "content/a.md/b", "content/a.entries.", "content/x/.md"] {
            #expect(formats.format(for: copied) == nil, "\(copied)")
        }
    }

    @Test func diagnosticsAboutAnEntryPointAtItsLine() throws {
        let site = try TempSite([
            "content/notes/index.entries": "a: Clashes with a.md\n\n50%: Half\nb: First b\nb: Second b\n",
            "content/notes/a.md": "---\ntitle: A\n---\n",
        ])
        #expect(site.build(formats: .withEntries).rendered == """
            content/notes/index.entries:1:1: error: two pages write /notes/a/: this one and the one at content/notes/a.md:1:1; give one of them another 'slug' or 'permalink'
             1 | a: Clashes with a.md
               | ^
            content/notes/index.entries:3:1: error: the key '50%' cannot be part of a URL: use a key without / \\ ? # % " < > | * : or control characters
             3 | 50%: Half
               | ^
            content/notes/index.entries:5:1: error: another entry of this file has the key 'b'; give each entry a key of its own
             5 | b: Second b
               | ^
            """)

        // A format's own diagnostics stop the build after parsing, as Markdown's do.
        try site.write("content/notes/index.entries", "a: Fine\nno colon\n")
        #expect(site.build(formats: .withEntries).rendered == "content/notes/index.entries:2:1: error: expected 'key: title'\n 2 | no colon\n   | ^")
    }

    /// Which output files differ between two builds, added and removed ones included.
    static func changedPaths(_ before: SiteBuilder.Generated, _ after: SiteBuilder.Generated) -> Set<String> {
        func contents(_ generated: SiteBuilder.Generated) -> [String: [UInt8]] {
            var files: [String: [UInt8]] = [:]
            for item in generated.items {
                if case .bytes(let bytes) = item.source { files[item.path] = bytes }
            }
            return files
        }
        let (old, new) = (contents(before), contents(after))
        return Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
    }

    @Test func anEntryEditRendersOnlyItsPageAndItsList() throws {
        let lines = (0..<40).map { "e\($0): Entry \($0)\n" }
        let site = try TempSite(["site.yml": "title: Many\n", "content/reading.entries": lines.joined()])
        let options = BuildOptions(source: site.root, includeDrafts: true, buildDate: Self.date)
        let builder = SiteBuilder(formats: .withEntries)
        var memo = BuildMemo()
        let first = builder.generate(options, memo: &memo)
        #expect(first.report.pagesRendered == 43, "40 entries, their list, the home page and the 404 page")

        var edited = lines
        edited[7] = "e7: Entry seven\n"
        try site.write("content/reading.entries", edited.joined())
        let second = builder.generate(options, memo: &memo)
        #expect(second.report.pagesRendered == 2)
        #expect(Self.changedPaths(first, second) == ["reading/e7/index.html", "reading/index.html"])

        // A line added above every entry moves them all in the file, but changes no page.
        try site.write("content/reading.entries", "\n" + edited.joined())
        let third = builder.generate(options, memo: &memo)
        #expect(third.report.pagesRendered == 0)
        #expect(Self.changedPaths(second, third).isEmpty)
    }
}
