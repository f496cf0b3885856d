import Foundation
import Testing

/// A publication's files (`pdf`, `slides`, `poster`, `supp`, here from the test-only `.papers`
/// format): found against the `.bib` file's folder, then `assets/pdf/`, or by the name `KEY.pdf`;
/// the PDF copied into the paper's folder, the others linked where they are.
@Suite struct PublicationFilesTests {
    static let pdf = "%PDF-1.4 final version\n"
    static let config = "title: T\nbase_url: https://t.example/\n"

    func links(_ page: String) -> [String] {
        guard let list = page.range(of: "<ul class=\"pub-links\""), let end = page[list.upperBound...].range(of: "</ul>") else { return [] }
        return page[list.upperBound..<end.lowerBound].components(separatedBy: "<li>").dropFirst().map { $0.replacingOccurrences(of: "</li>", with: "") }
    }

    @Test func aPDFPathNextToTheBibFileIsCopiedIntoThePapersFolder() throws {
        let site = try TempSite([
            "content/publications.papers": "q2020: Q; slides=papers/q-talk.pdf; pdf=papers/q-final.pdf\n",
            "content/papers/q-final.pdf": Self.pdf,
            "content/papers/q-talk.pdf": "slides",
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("publications/q2020/q2020.pdf") == Self.pdf)
        #expect(site.page("papers/q-final.pdf") == Self.pdf, "the file is still copied where it is")
        #expect(site.page("publications/q2020/q2020.slides.pdf") == nil, "slides are not copied")
        let page = try #require(site.page("publications/q2020/index.html"))
        #expect(links(page) == ["<a href=\"/publications/q2020/q2020.pdf\">PDF</a>", "<a href=\"/papers/q-talk.pdf\">Slides</a>"])
    }

    @Test func aPathIsLookedForInAssetsPdfAndRootRelative() throws {
        let site = try TempSite([
            "content/publications/mine.papers": "q2020: Q; pdf=q.pdf; poster=/assets/pdf/q-poster.pdf; supp=https://data.example/q\n",
            "assets/pdf/q.pdf": Self.pdf,
            "assets/pdf/q-poster.pdf": "poster",
        ])
        let report = site.build(baseURL: "/lab/", formats: .withPapers)
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("publications/q2020/q2020.pdf") == Self.pdf)
        let page = try #require(site.page("publications/q2020/index.html"))
        #expect(links(page) == [
            "<a href=\"/lab/publications/q2020/q2020.pdf\">PDF</a>", "<a href=\"/lab/assets/pdf/q-poster.pdf\">Poster</a>",
            "<a href=\"https://data.example/q\">Supplementary material</a>",
        ], "\(page)")
    }

    @Test func conventionalFilesAreFoundByKeyAndSilentWhenAbsent() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/publications.papers": "q2020: Q; pdf=*; slides=*; poster=*\nr2021: R; pdf=*\n",
            "content/q2020.pdf": Self.pdf,
            "content/q2020.slides.pdf": "slides",
        ])
        let report = site.build(formats: .withPapers)
        // q2020's PDF is served from its folder; r2021 has neither PDF nor abstract.
        #expect(report.diagnostics.map(\.headline) == [
            "content/publications.papers:2:1: warning: 'R' has neither an abstract nor a PDF served by the site, so Google Scholar "
                + "will not index its page (it does not index bibliographic records alone): add an abstract, or a pdf",
        ], "\(report.rendered)")
        #expect(site.page("publications/q2020/q2020.pdf") == Self.pdf)
        #expect(links(try #require(site.page("publications/q2020/index.html")))
            == ["<a href=\"/publications/q2020/q2020.pdf\">PDF</a>", "<a href=\"/q2020.slides.pdf\">Slides</a>"])
        #expect(site.page("publications/r2021/r2021.pdf") == nil)
        #expect(links(try #require(site.page("publications/r2021/index.html"))).isEmpty)
    }

    @Test func aMissingFileIsAWarningAtItsField() throws {
        let site = try TempSite(["site.yml": Self.config, "content/publications/mine.papers": "q2020: Q; pdf=x.pdf; slides=/talks/x.pdf; supp=../../../x.pdf\n"])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded)
        #expect(report.rendered == """
            content/publications/mine.papers:1:1: warning: 'Q' has neither an abstract nor a PDF served by the site, so Google Scholar will not index its page (it does not index bibliographic records alone): add an abstract, or a pdf
             1 | q2020: Q; pdf=x.pdf; slides=/talks/x.pdf; supp=../../../x.pdf
               | ^
            content/publications/mine.papers:1:15: warning: pdf 'x.pdf' is not a file of the site (looked in content/publications/ and assets/pdf/)
             1 | q2020: Q; pdf=x.pdf; slides=/talks/x.pdf; supp=../../../x.pdf
               |               ^
            content/publications/mine.papers:1:29: warning: slides '/talks/x.pdf' is not a file of the site
             1 | q2020: Q; pdf=x.pdf; slides=/talks/x.pdf; supp=../../../x.pdf
               |                             ^
            content/publications/mine.papers:1:48: warning: supp '../../../x.pdf' is not a file of the site (looked in content/publications/ and assets/pdf/)
             1 | q2020: Q; pdf=x.pdf; slides=/talks/x.pdf; supp=../../../x.pdf
               |                                                ^
            """, "\(report.rendered)")
    }

    /// A PDF already at the paper's own path is linked there and not written twice.
    @Test func aPDFAlreadyInThePapersFolderIsNotCopiedAgain() throws {
        let site = try TempSite([
            "content/publications.papers": "q2020: Q; pdf=publications/q2020/q2020.pdf\n",
            "content/publications/q2020/q2020.pdf": Self.pdf,
        ])
        let report = site.build(formats: .withPapers)
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("publications/q2020/q2020.pdf") == Self.pdf)
    }
}
