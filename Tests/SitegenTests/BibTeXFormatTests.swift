import Bibliography
import Diagnostics
import Foundation
import Load
import Models
import Parse
import Testing

/// `.bib` files as sources of publication pages: which files, their pages, routes and diagnostics.
@Suite struct BibTeXFormatTests {
    static let config = "title: Lab\nbase_url: https://lab.example.org/\n"

    @Test func onlyPublicationBibFilesUnderContentArePages() {
        let formats = SourceFormats.standard
        for taken in ["content/publications.bib", "content/publications/more.bib", "content/publications/2024/old.bib", "refs/mine.bib", "mine.bib"] {
            #expect(formats.format(for: taken) is BibTeXFormat, "\(taken)")
        }
        for copied in ["content/cv.bib", "content/docs/refs.bib", "content/publications.bib.txt", "content/publicationsX.bib", "content/news/x.bib"] {
            #expect(formats.format(for: copied) == nil, "\(copied)")
        }
        #expect(formats.format(for: "content/publications/a.md") is MarkdownFormat)
    }

    /// A format that declines a path leaves it to the next format of its extension.
    @Test func aDecliningFormatLeavesTheFileToTheNext() {
        struct Declining: SourceFormat {
            let fileExtensions = ["bib"]
            func takes(path: String) -> Bool { path.hasSuffix("a.bib") }
            func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) { ([], []) }
        }
        let formats = SourceFormats([Declining(), BibTeXFormat()])
        #expect(formats.format(for: "content/publications/a.bib") is Declining)
        #expect(formats.format(for: "content/publications/b.bib") is BibTeXFormat)
        #expect(formats.format(for: "content/cv.bib") == nil)
    }

    @Test func eachEntryIsAPageAtPublicationsKeyWhicheverFileItIsIn() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/publications.bib": """
                @string{icml = {International Conference on Machine Learning}}
                @inproceedings{quinlan2022, author = {Quinlan, Ada and Weber, Jonas}, title = {Step Rules for {SGD}},
                  booktitle = icml, year = 2022, doi = {10.1000/xyz}, abstract = {Steps.}}
                """,
            "content/publications/more.bib": "@article{osei2026, author = {Malik Osei}, title = {Adaptive {\\'E}tapes}, journal = {J. Opt.}, year = 2026, month = jun, abstract = {Steps.}}\n",
            "content/cv.bib": "@misc{cv, title = {Not a page}, year = 2020}\n",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let first = try #require(site.page("publications/quinlan2022/index.html"))
        #expect(first.contains("Step Rules for SGD"))
        #expect(first.contains("Ada Quinlan, Jonas Weber"))
        #expect(first.contains("International Conference on Machine Learning"))
        #expect(first.contains(#"<a href="https://doi.org/10.1000/xyz">DOI</a>"#))
        let second = try #require(site.page("publications/osei2026/index.html"))
        #expect(second.contains("Adaptive Étapes"))
        #expect(site.page("publications/more/osei2026/index.html") == nil)
        #expect(site.page("cv.bib") == "@misc{cv, title = {Not a page}, year = 2020}\n")
        let list = try #require(site.page("publications/index.html"))
        #expect(list.contains("Step Rules for SGD") && list.contains("Adaptive Étapes"))
    }

    @Test func aKeyInTwoFilesIsAWarningAndTheFirstWins() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/publications.bib": "@misc{same, title = {First}, year = 2020, abstract = {F.}}\n",
            "content/publications/more.bib": "\n@misc{same, title = {Second}, year = 2021}\n",
        ])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.rendered == """
            content/publications/more.bib:2:1: warning: duplicate key 'same': the entry at content/publications.bib:1:1 is kept, this one is ignored
             2 | @misc{same, title = {Second}, year = 2021}
               | ^
            """)
        #expect(site.page("publications/same/index.html")?.contains("First") == true)
    }

    @Test func aKeyWithCharactersAURLCannotHoldGetsASlugAndKeysThatMakeOneSlugAreAWarning() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/publications.bib": """
                @misc{ok, title = {A}, year = 2020, abstract = {A.}}
                @misc{DBLP:conf/x, title = {B}, year = 2020, abstract = {B.}}
                @misc{DBLP/conf:x, title = {C}, year = 2020}

                """,
        ])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.rendered == """
            content/publications.bib:3:1: warning: the keys 'DBLP:conf/x' and 'DBLP/conf:x' make one URL, /publications/DBLP-conf-x/: the entry at content/publications.bib:2:1 is kept, this one is ignored; change one key
             3 | @misc{DBLP/conf:x, title = {C}, year = 2020}
               | ^
            """)
        let page = try #require(site.page("publications/DBLP-conf-x/index.html"))
        #expect(page.contains("<h1>B</h1>"))
        #expect(site.page("publications/DBLP-conf-x/DBLP-conf-x.bib")?.hasPrefix("@misc{DBLP:conf/x,\n") == true)
    }

    @Test func aFileThatIsNotUTF8IsAnErrorAtItsFirstBadByte() throws {
        let site = try TempSite(["site.yml": Self.config])
        try site.write("content/publications.bib", bytes: Array("@misc{a, title = {".utf8) + [0xE9] + Array("}, year = 2020}\n".utf8))
        #expect(site.build().diagnostics.map(\.headline) == ["content/publications.bib:1:19: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8"])
    }

    @Test func readerMapperAndValidationDiagnosticsAreAllReported() throws {
        let site = try TempSite(["site.yml": Self.config, "content/publications.bib": "@misc{a, year = 2020}\n@misc{b, title = {\\foo}, year = 2020, abstract = {B.}}\n"])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.headline) == [
            "content/publications.bib:1:1: warning: entry 'a' has no title: it is left out",
            "content/publications.bib:2:18: warning: entry 'b' uses the LaTeX macro \\foo, which sitegen does not know: shown by name; define it in a @preamble or write the characters themselves",
        ])
    }

    @Test func markdownAuthorsGoThroughTheNameParser() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/publications/p.md": "---\ntitle: P\nyear: 2024\nauthors: [\"Martin, Léa\", Jean de la Fontaine, Ana Costa*]\nabstract: P.\n---\n",
            "content/publications/q.md": "---\ntitle: Q\nyear: 2024\nauthors: Ana Costa and Léa Martin\nabstract: Q.\n---\n",
        ])
        let report = site.build()
        #expect(report.rendered == """
            content/publications/q.md:4:10: warning: 'authors' is one text of 2 names: write the names as a list, one per item, such as [Ana Costa, Léa Martin]
             4 | authors: Ana Costa and Léa Martin
               |          ^
            """)
        #expect(site.page("publications/p/index.html")?.contains("Léa Martin, Jean de la Fontaine, Ana Costa") == true)
        #expect(site.page("publications/q/index.html")?.contains("Ana Costa, Léa Martin") == true)
    }
}
