@testable import Build
import Foundation
import Load
import Models
import Parse
import Testing

/// `site.yml`'s `bibliography:` names more files of publications, anywhere in the site folder,
/// read and reused as files under `content/` are (with the test-only `.papers` format).
@Suite struct BibliographyFilesTests {
    static let date = ContentDate(year: 2026, month: 6, day: 1)

    func options(_ site: TempSite) -> BuildOptions {
        BuildOptions(source: site.root, buildDate: Self.date)
    }

    @Test func aNamedFileIsReadAndItsEntriesBecomePages() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbibliography: [refs/mine.papers]\n",
            "refs/mine.papers": "quinlan2020: Decision lists\n",
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("publications/quinlan2020/index.html")?.contains("<h1>Decision lists</h1>") == true)
        #expect(site.page("publications/quinlan2020/quinlan2020.bib") == PapersFormat.bibtex("quinlan2020", "Decision lists"))
        #expect(site.page("refs/mine.papers") == nil && site.page("mine.papers") == nil)
    }

    @Test func oneFileAlsoNamedUnderContentIsReadOnce() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbibliography: content/publications.papers\n",
            "content/publications.papers": "a2020: A\n",
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("publications/a2020/index.html") != nil)
    }

    @Test func aMissingFileIsAnErrorAtItsPathInSiteYml() throws {
        let site = try TempSite(["site.yml": "title: T\nbibliography:\n  - refs/none.papers\n", "content/a.md": "A\n"])
        let report = site.build(formats: .withPapers)
        #expect(report.rendered == """
            site.yml:3:5: error: bibliography file 'refs/none.papers' does not exist
             3 |   - refs/none.papers
               |     ^
            """, "\(report.rendered)")
    }

    @Test func aPathOutOfTheSiteFolderIsRefused() throws {
        let site = try TempSite(["site.yml": "title: T\nbibliography: [../x.papers, /etc/x.papers, refs/../../x.papers]\n", "content/a.md": "A\n"])
        try "a: A\n".write(to: site.root.deletingLastPathComponent().appendingPathComponent("x.papers"), atomically: true, encoding: .utf8)
        let report = site.build(formats: .withPapers)
        let message = "is outside the site folder; give a path inside it, such as refs/papers.bib"
        #expect(report.diagnostics.map(\.message) == [
            "bibliography file '../x.papers' \(message)", "bibliography file '/etc/x.papers' \(message)",
            "bibliography file 'refs/../../x.papers' \(message)",
        ])
        #expect(report.diagnostics.map { $0.location?.description } == ["site.yml:2:16", "site.yml:2:29", "site.yml:2:44"])
    }

    @Test func aSymbolicLinkOutOfTheSiteIsRefused() throws {
        let site = try TempSite(["site.yml": "title: T\nbibliography: refs/out.papers\n", "content/a.md": "A\n"])
        let outside = site.root.deletingLastPathComponent().appendingPathComponent("out.papers")
        try "a: A\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("refs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("refs/out.papers").path, withDestinationPath: outside.path)
        let report = site.build(formats: .withPapers)
        let target = try #require(outside.resolvingSymlinksInPath().path as String?)
        #expect(report.rendered == """
            site.yml:2:15: error: bibliography file 'refs/out.papers' is a symbolic link that leads out of the site (to \(target))
             2 | bibliography: refs/out.papers
               |               ^
            """, "\(report.rendered)")
    }

    @Test func aFileOfAKindNoFormatReadsIsAnError() throws {
        let site = try TempSite(["site.yml": "title: T\nbibliography: refs/x.txt\n", "refs/x.txt": "a\n", "content/a.md": "A\n"])
        #expect(site.build(formats: .withPapers).diagnostics.map(\.message)
            == ["bibliography file 'refs/x.txt' is not of a kind sitegen reads; name a .bib file"])
    }

    /// Settings made in code, placed at the start of site.yml, name their files.
    @Test func pathsWithoutPlacesAreReportedAtSiteYml() throws {
        let site = try TempSite(["refs/a.papers": "a: A\n"])
        var settings = PublicationSettings()
        settings.bibliography = ["refs/a.papers", "refs/none.papers", "./refs//a.papers", "content/c.papers"].map {
            PlacedPath(path: $0, location: .start(of: "site.yml"), sourceLine: nil)
        }
        let outcome = BibliographyFiles(formats: .withPapers, loader: NamedFileLoader(scanner: SiteScanner(root: site.root)))
            .load(settings, besides: [])
        #expect(outcome.files.map(\.file.path) == ["refs/a.papers"])
        #expect(outcome.diagnostics.map { "\($0.location?.description ?? "") \($0.message)" }
            == ["site.yml:1:1 bibliography file 'refs/none.papers' does not exist",
                "site.yml:1:1 bibliography file 'content/c.papers' does not exist"])
        #expect(outcome.watched == ["refs/a.papers", "refs/none.papers"], "by normalized path; content/ is watched anyway")
    }

    /// An unchanged file is neither read nor parsed again; an edited one is.
    @Test func aRebuildReusesTheParseOfAnUnchangedFile() throws {
        let site = try TempSite(["site.yml": "title: T\nbibliography: refs/mine.papers\n", "refs/mine.papers": "a2020: A\n"])
        var memo = BuildMemo()
        let first = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        #expect(first.report.succeeded, "\(first.report.rendered)")
        let parsed = try #require(memo.parsed["refs/mine.papers"]?.outcome.pages.first?.content)
        #expect(memo.loaded["refs/mine.papers"] != nil)
        let again = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        #expect(again.report.pagesRendered == 0)
        #expect(memo.parsed["refs/mine.papers"]?.outcome.pages.first?.content === parsed)
        try site.write("refs/mine.papers", "a2020: A, edited\n")
        let edited = SiteBuilder(formats: .withPapers).generate(options(site), memo: &memo)
        #expect(edited.report.pagesRendered >= 1)
        let page = edited.items.first { $0.path == "publications/a2020/index.html" }
        guard case .bytes(let bytes)? = page?.source else { Issue.record("no page"); return }
        #expect(String(decoding: bytes, as: UTF8.self).contains("<h1>A, edited</h1>"))
    }
}
