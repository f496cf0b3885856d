import Foundation
@testable import Render
import Models
import Testing

/// Google Scholar's Highwire Press tags on paper pages, and nowhere else.
@Suite struct ScholarTagsTests {
    static func built() throws -> TempSite {
        let site = try TempSite(StructuredSite.files)
        let report = site.build()
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.rendered)")
        return site
    }

    static func tags(_ path: String, in site: TempSite) throws -> [String] {
        StructuredSite.scholarTags(try #require(site.page(path)))
    }

    /// Every field, in order; editors and `and others` are not authors, `*` is stripped, the date
    /// has slashes, and the PDF served from the paper's folder is its absolute `citation_pdf_url`.
    @Test func aJournalArticleWithEveryFieldHasEveryTag() throws {
        let site = try Self.built()
        #expect(try Self.tags("publications/full2024/index.html", in: site) == [
            #"<meta name="citation_title" content="On Sparse factors &lt;b&gt;">"#,
            #"<meta name="citation_author" content="Costa, Ana">"#,
            #"<meta name="citation_author" content="de la Fontaine, Jean">"#,
            #"<meta name="citation_author" content="Martin, Léa">"#,
            #"<meta name="citation_publication_date" content="2024/03/09">"#,
            #"<meta name="citation_journal_title" content="Journal of Tests">"#,
            #"<meta name="citation_volume" content="12">"#,
            #"<meta name="citation_issue" content="3">"#,
            #"<meta name="citation_firstpage" content="211">"#,
            #"<meta name="citation_lastpage" content="248">"#,
            #"<meta name="citation_doi" content="10.1000/xyz.1">"#,
            #"<meta name="citation_isbn" content="978-3-16-148410-0">"#,
            #"<meta name="citation_issn" content="1234-5678">"#,
            #"<meta name="citation_arxiv_id" content="2401.00001">"#,
            #"<meta name="citation_publisher" content="Test Press">"#,
            #"<meta name="citation_language" content="English">"#,
            #"<meta name="citation_keywords" content="sparsity; factors">"#,
            #"<meta name="citation_abstract_html_url" content="https://lab.example.org/publications/full2024/">"#,
            #"<meta name="citation_pdf_url" content="https://lab.example.org/publications/full2024/full2024.pdf">"#,
        ])
        #expect(site.page("publications/full2024/full2024.pdf") == "%PDF-1.4\n", "the PDF the tag names is there")
    }

    @Test func aThesisNamesItsInstitutionAndAMonthDate() throws {
        #expect(try Self.tags("publications/thesis2023/index.html", in: try Self.built()) == [
            #"<meta name="citation_title" content="Methods">"#,
            #"<meta name="citation_author" content="Quinlan, Ada">"#,
            #"<meta name="citation_publication_date" content="2023/01">"#,
            #"<meta name="citation_dissertation_institution" content="University of Lisière">"#,
            #"<meta name="citation_abstract_html_url" content="https://lab.example.org/publications/thesis2023/">"#,
        ])
    }

    @Test func aTechnicalReportNamesItsInstitutionAndNumberAndAYear() throws {
        #expect(try Self.tags("publications/tr2022/index.html", in: try Self.built()) == [
            #"<meta name="citation_title" content="Report">"#,
            #"<meta name="citation_author" content="Weber, Jonas">"#,
            #"<meta name="citation_publication_date" content="2022">"#,
            #"<meta name="citation_technical_report_institution" content="IAM">"#,
            #"<meta name="citation_technical_report_number" content="IAM-2022-07">"#,
            #"<meta name="citation_abstract_html_url" content="https://lab.example.org/publications/tr2022/">"#,
        ])
    }

    /// The book's editors are not the chapter's authors; a PDF elsewhere gets no `citation_pdf_url`.
    @Test func aChapterHasItsBookAndNoEditorsAndNoExternalPDF() throws {
        #expect(try Self.tags("publications/ch2021/index.html", in: try Self.built()) == [
            #"<meta name="citation_title" content="A chapter">"#,
            #"<meta name="citation_author" content="Quinlan, Ada">"#,
            #"<meta name="citation_publication_date" content="2021">"#,
            #"<meta name="citation_inbook_title" content="Handbook">"#,
            #"<meta name="citation_firstpage" content="45">"#,
            #"<meta name="citation_abstract_html_url" content="https://lab.example.org/publications/ch2021/">"#,
        ])
    }

    @Test func pagesThatAreNotPapersHaveNoScholarTags() throws {
        let site = try Self.built()
        for path in ["index.html", "publications/index.html", "news/index.html", "news/2026-03-01-grant/index.html",
                     "jobs/index.html", "jobs/open/index.html", "jobs/closed/index.html", "404.html"] {
            let html = try #require(site.page(path), "\(path)")
            #expect(!html.contains("citation_"), "\(path)")
        }
    }

    @Test func aMarkdownPaperHasTagsAndItsMarkersAreStripped() throws {
        let site = try TempSite([
            "site.yml": "title: L\nbase_url: https://l.example/\n",
            "content/publications/p.md": "---\ntitle: P\ndate: 2024-05-02\nauthors: [\"Costa†, Ana\", Léa Martin*]\ntype: preprint\n"
                + "abstract: An abstract.\nlinks:\n  doi: 10.1000/a%20b\n  arxiv: 2401.00002\n  pdf: /publications/p/p.pdf\n---\n",
            "content/publications/p/p.pdf": "%PDF-1.4\n",
        ])
        #expect(site.build().diagnostics.isEmpty)
        #expect(StructuredSite.scholarTags(try #require(site.page("publications/p/index.html"))) == [
            #"<meta name="citation_title" content="P">"#,
            #"<meta name="citation_author" content="Costa, Ana">"#,
            #"<meta name="citation_author" content="Martin, Léa">"#,
            #"<meta name="citation_publication_date" content="2024/05/02">"#,
            #"<meta name="citation_doi" content="10.1000/a b">"#,
            #"<meta name="citation_arxiv_id" content="2401.00002">"#,
            #"<meta name="citation_abstract_html_url" content="https://l.example/publications/p/">"#,
            #"<meta name="citation_pdf_url" content="https://l.example/publications/p/p.pdf">"#,
        ])
    }

    /// Scholar wants the PDF beside the paper's page: one in a folder below it, or elsewhere on
    /// the site, is linked but not named as the paper's PDF.
    @Test func aPDFOutsideThePapersOwnFolderIsNoCitationPDF() throws {
        let site = try TempSite([
            "site.yml": "title: L\nbase_url: https://l.example/\n",
            "content/publications/q.md": "---\ntitle: Q\nyear: 2024\nauthors: [A. B.]\nlinks:\n  pdf: /publications/q/files/q.pdf\n---\n",
            "content/publications/q/files/q.pdf": "%PDF-1.4\n",
            "content/publications/r.md": "---\ntitle: R\nyear: 2024\nauthors: [A. B.]\nlinks:\n  pdf: /papers/r.pdf\n---\n",
            "content/papers/r.pdf": "%PDF-1.4\n",
        ])
        #expect(site.build().diagnostics.map(\.headline) == ["q.md:1:1", "r.md:1:1"].map {
            "content/publications/\($0): warning: '\($0.first!.uppercased())' has neither an abstract nor a PDF served by the site, so Google Scholar "
                + "will not index its page (it does not index bibliographic records alone): add an abstract, or a pdf"
        })
        for name in ["q", "r"] {
            #expect(site.page("publications/\(name)/index.html")?.contains("citation_pdf_url") == false, "\(name)")
        }
    }

    @Test func datesKeepTheirPrecisionWithSlashes() {
        let date = ContentDate(year: 2024, month: 3, day: 9)
        #expect(ScholarTags.date(date, precision: .day) == "2024/03/09")
        #expect(ScholarTags.date(date, precision: .month) == "2024/03")
        #expect(ScholarTags.date(date, precision: .year) == "2024")
        #expect(ScholarTags.pageBounds("12–34") == ("12", "34"))
        #expect(ScholarTags.pageBounds("e1234") == ("e1234", nil))
    }

    @Test func aPaperWithNeitherAbstractNorItsOwnPDFIsAWarningAtItsEntry() throws {
        let site = try TempSite([
            "site.yml": "title: L\nbase_url: https://l.example/\n",
            "content/publications.bib": "@misc{a, title = {A}, year = 2020, abstract = {Yes.}}\n@misc{b, title = {B}, year = 2020, pdf = {https://x.example/b.pdf}}\n",
            "content/publications/c.md": "---\ntitle: C\nyear: 2021\nauthors: [A. B.]\n---\n",
        ])
        #expect(site.build().rendered == """
            content/publications.bib:2:1: warning: 'B' has neither an abstract nor a PDF served by the site, so Google Scholar will not index its page (it does not index bibliographic records alone): add an abstract, or a pdf
             2 | @misc{b, title = {B}, year = 2020, pdf = {https://x.example/b.pdf}}
               | ^
            content/publications/c.md:1:1: warning: 'C' has neither an abstract nor a PDF served by the site, so Google Scholar will not index its page (it does not index bibliographic records alone): add an abstract, or a pdf
             1 | ---
               | ^
            """)
    }
}
