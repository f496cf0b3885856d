@testable import Build
@testable import Site
import Foundation
import Models
import Parse
import Testing

/// What assembly adds to a page from a `.bib` entry (here the test-only `.papers` format): the
/// Markdown publication that enriches it (`bibkey:`), its files as links and its PDF in its
/// folder, and its `KEY.bib`.
@Suite struct PublicationAssemblyTests {
    static let date = ContentDate(year: 2026, month: 6, day: 1)

    func options(_ site: TempSite) -> BuildOptions {
        BuildOptions(source: site.root, buildDate: Self.date)
    }

    func text(_ generated: SiteBuilder.Generated, _ path: String) -> String? {
        guard case .bytes(let bytes)? = generated.items.first(where: { $0.path == path })?.source else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The merged content the memo keeps of quinlan2020's page.
    func completedResult(_ memo: BuildMemo) -> PageContent? {
        let id = PageID.source(path: "content/publications.papers", entry: "quinlan2020")
        return memo.assembly?.made.first { $0.source.id == id }?.completed?.made?.result
    }

    static let enrichment = """
        ---
        bibkey: quinlan2020
        links:
          code: https://code.example/dl
        preview: /assets/img/dl.png
        abstract: Lists that decide.
        selected: true
        ---
        How the **lists** came about.

        """

    @Test func aMarkdownPublicationWithBibkeyEnrichesTheEntry() throws {
        let site = try TempSite([
            "site.yml": "title: T\n",
            "content/publications.papers": "quinlan2020: Decision lists; pdf=https://pdf.example/dl.pdf\nother2021: Other\n",
            "content/publications/notes.md": Self.enrichment,
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded, "\(report.rendered)")
        let page = try #require(site.page("publications/quinlan2020/index.html"))
        #expect(page.contains("<h1>Decision lists</h1>"))
        #expect(page.contains("How the <strong>lists</strong> came about."), "\(page)")
        #expect(page.contains("<p>Lists that decide.</p>"))
        #expect(page.contains(
            "<li><a href=\"https://pdf.example/dl.pdf\">PDF</a></li><li><a href=\"https://code.example/dl\">Code</a></li>"), "\(page)")
        #expect(site.page("publications/notes/index.html") == nil, "an enrichment makes no page of its own")
        #expect(report.pagesByKind["publication"] == 2)
        #expect(site.page("index.html")?.contains("Decision lists") == true, "selected: on the home page")
        #expect(site.page("publications/other2021/index.html")?.contains("came about") == false)
    }

    /// The entry's own abstract and image are not replaced; links given twice are shown once.
    @Test func theEntrysOwnAbstractWins() throws {
        let site = try TempSite([
            "content/publications.papers": "quinlan2020: Decision lists; abstract=From the entry.; pdf=https://code.example/dl\n",
            "content/publications/notes.md": Self.enrichment,
        ])
        #expect(site.build(formats: .withPapers).succeeded)
        let page = try #require(site.page("publications/quinlan2020/index.html"))
        #expect(page.contains("<p>From the entry.</p>") && !page.contains("Lists that decide."), "\(page)")
        #expect(page.contains("<ul class=\"pub-links\" aria-label=\"Links\"><li><a href=\"https://code.example/dl\">PDF</a></li></ul>"), "\(page)")
    }

    @Test func whatTheEntryGivesIsAWarningBesideBibkey() throws {
        let site = try TempSite([
            "content/publications.papers": "quinlan2020: Decision lists; abstract=Lists that decide\n",
            "content/publications/notes.md": "---\nbibkey: quinlan2020\ntitle: My title\nauthors: [A. Quinlan]\n---\nText.\n",
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.headline).filter { $0.hasPrefix("content/") } == [
            "content/publications/notes.md:3:8: warning: 'title' is ignored beside 'bibkey': the page shows the title of the .bib entry 'quinlan2020'",
            "content/publications/notes.md:4:10: warning: 'authors' is ignored beside 'bibkey': the page shows the authors of the .bib entry 'quinlan2020'",
        ])
        #expect(site.page("publications/quinlan2020/index.html")?.contains("<h1>Decision lists</h1>") == true)
    }

    @Test func aBibkeyThatNamesNoEntryIsAnErrorAtItsLine() throws {
        let site = try TempSite([
            "content/publications.papers": "quinlan2020: Decision lists; abstract=Lists that decide\n",
            "content/publications/notes.md": "---\nbibkey: quinlan2021\n---\nText.\n",
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.rendered == """
            content/publications/notes.md:2:9: error: bibkey 'quinlan2021' names no entry of the site's .bib files
             2 | bibkey: quinlan2021
               |         ^
            """, "\(report.rendered)")
    }

    @Test func aSecondFileEnrichingOneKeyIsAnErrorNamingBoth() throws {
        let site = try TempSite([
            "content/publications.papers": "quinlan2020: Decision lists; abstract=Lists that decide\n",
            "content/publications/a.md": "---\nbibkey: quinlan2020\n---\nA.\n",
            "content/publications/b.md": "---\nbibkey: quinlan2020\n---\nB.\n",
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.rendered == """
            content/publications/b.md:2:9: error: bibkey 'quinlan2020' is already enriched by content/publications/a.md; keep one of the two files
             2 | bibkey: quinlan2020
               |         ^
            """, "\(report.rendered)")
    }

    /// A paper page is rendered again when either of its sources changes, and only then; an
    /// unchanged rebuild keeps the merged content it made.
    @Test func anEnrichedPageIsRebuiltWhenEitherSourceChanges() throws {
        let site = try TempSite([
            "site.yml": "title: T\n",
            "content/publications.papers": "quinlan2020: Decision lists\nother2021: Other\n",
            "content/publications/notes.md": Self.enrichment,
        ])
        var memo = BuildMemo()
        let first = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        #expect(first.report.succeeded, "\(first.report.rendered)")
        let merged = try #require(completedResult(memo))

        let same = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        #expect(same.report.pagesRendered == 0)
        #expect(completedResult(memo) === merged)

        try site.write("content/publications/notes.md", Self.enrichment.replacingOccurrences(of: "came about", with: "were found"))
        let body = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        #expect(text(body, "publications/quinlan2020/index.html")?.contains("How the <strong>lists</strong> were found.") == true)
        #expect(body.report.pagesRendered == 3, "the paper, and the list and home page that show its summary")

        try site.write("content/publications.papers", "quinlan2020: Decision lists, revised\nother2021: Other\n")
        let entry = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        let page = try #require(text(entry, "publications/quinlan2020/index.html"))
        #expect(page.contains("<h1>Decision lists, revised</h1>") && page.contains("were found."), "\(page)")
        #expect(text(entry, "publications/quinlan2020/quinlan2020.bib") == PapersFormat.bibtex("quinlan2020", "Decision lists, revised"))
    }

    @Test func eachPaperHasItsBibTeXBesideItsPage() throws {
        let site = try TempSite(["content/publications.papers": "a2020: A\nb2021: B {with} braces\n"])
        #expect(site.build(formats: .withPapers).succeeded)
        #expect(site.page("publications/a2020/a2020.bib") == PapersFormat.bibtex("a2020", "A"))
        #expect(site.page("publications/b2021/b2021.bib") == PapersFormat.bibtex("b2021", "B {with} braces"))
        #expect(try TempSite(["content/x.md": "---\ntitle: X\n---\n"]).outputFilesAfterBuild().keys.contains { $0.hasSuffix(".bib") } == false)
    }
}

extension TempSite {
    func outputFilesAfterBuild() -> [String: Data] {
        build()
        return outputFiles()
    }
}
