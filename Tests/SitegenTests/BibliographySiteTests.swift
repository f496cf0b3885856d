import BibTeX
import Build
import Diagnostics
import Foundation
import Models
import TeXMath
import Testing

/// The `valid/bibliography` fixture, a tricky `.bib` file of every case issue 12 lists, built and
/// read back field by field: the list page, two paper pages, the home page's selected entries,
/// and every paper's `KEY.bib`, which must read back as its source entry.
@Suite struct BibliographySiteTests {
    static let fixture = FixtureTests.root.appendingPathComponent("valid/bibliography/site")
    static let sources = ["content/publications/papers.bib", "refs/extra.bib"]

    /// The fixture built into a fresh folder; nil (with a failed expectation) when it has diagnostics.
    static func built() throws -> (site: TempSite, output: URL) {
        let site = try TempSite()
        let output = site.root.appendingPathComponent("out")
        let report = SiteBuilder().build(BuildOptions(source: fixture, output: output, buildDate: FixtureTests.defaultBuildDate))
        let warnings = report.diagnostics.isEmpty ? "" : DiagnosticFormatter.format(report.diagnostics) + "\n"
        #expect(report.succeeded && warnings == FixtureTests.expectedWarnings(of: fixture.deletingLastPathComponent()), "\(report.rendered)")
        return (site, output)
    }

    static func page(_ path: String, in output: URL) -> String {
        (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The lines of `html` that start with `prefix`, whole.
    static func lines(_ html: String, startingWith prefix: String) -> [String] {
        html.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }
    }

    /// The text of `html` from the line starting with `start` to the next line starting with `end`.
    static func block(_ html: String, from start: String, to end: String) -> [String] {
        let all = html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = all.firstIndex(where: { $0.hasPrefix(start) }),
              let last = all[first...].firstIndex(where: { $0.hasPrefix(end) }) else { return [] }
        return Array(all[first...last])
    }

    static let tinyEntry = [
        "<li class=\"publication\">",
        "<div class=\"entry-text\">",
        "<span class=\"badge\">THINGS</span> <a class=\"title\" href=\"/publications/k%C3%B6nig+quinlan-2021-tiny/\">Tiny SiteGen: static sites at TeX speed from the Optimisation Lab</a>",
        "<div class=\"byline\"><span class=\"authors\"><strong class=\"owner\">J. König</strong>, <strong class=\"owner\">A. Quinlan</strong><sup class=\"marker\">†</sup>, Anne Poe</span> et al.</div>",
        "<div class=\"venue\">In <span class=\"authors\"><a class=\"coauthor\" href=\"https://example.org/rich\">Rich Roe</a>, Anne Poe</span> (eds.), <em>Proceedings of Things 2021</em>, 2021 · Conference paper</div>",
        "<div class=\"award\">Best paper</div>",
        "<ul class=\"pub-links\" aria-label=\"Links for Tiny SiteGen: static sites at TeX speed from the Optimisation Lab\">"
            + "<li><a href=\"https://example.org/slides/tiny.pdf\">Slides</a></li><li><a href=\"https://example.org/posters/tiny.pdf\">Poster</a></li>"
            + "<li><a href=\"https://arxiv.org/abs/2101.00001\">arXiv</a></li><li><a href=\"https://github.com/example/tiny\">Code</a></li>"
            + "<li><a href=\"https://example.org/videos/tiny\">Video</a></li></ul>",
        "</div>",
        "</li>",
    ]

    @Test func theListGroupsByTypeThenYearInTheSiteOrderAndLeavesHiddenEntriesOut() throws {
        let (site, output) = try Self.built()
        _ = site
        let list = Self.page("publications/index.html", in: output)
        #expect(Self.lines(list, startingWith: "<h2 ").map { $0.replacingOccurrences(of: "<h2 id=", with: "") } == [
            "\"type-conference\">Conference paper</h2>", "\"type-journal\">Journal article</h2>", "\"type-preprint\">Preprint</h2>",
            "\"type-book\">Book</h2>", "\"type-chapter\">Book chapter</h2>", "\"type-thesis\">Thesis</h2>", "\"type-report\">Report</h2>",
            "\"type-patent\">Patent</h2>", "\"type-dataset\">Dataset or software</h2>", "\"type-other\">Other</h2>",
        ])
        #expect(Self.lines(list, startingWith: "<h3 ").prefix(5) == [
            "<h3 id=\"conference-2021\">2021</h3>", "<h3 id=\"journal-2020\">2020</h3>", "<h3 id=\"journal-2019\">2019</h3>",
            "<h3 id=\"journal-2008\">2008</h3>", "<h3 id=\"journal-2007\">2007</h3>",
        ])
        let titles = Self.lines(list, startingWith: "<a class=\"title\"").count + Self.lines(list, startingWith: "<span class=\"badge\">").count
        #expect(titles == 26, "27 pages, one of them hidden")
        #expect(!list.contains("quinlan2022dataset"))
        #expect(Self.block(list, from: "<span class=\"badge\">THINGS</span>", to: "</li>") == Array(Self.tinyEntry.dropFirst(2)))
        #expect(Self.block(list, from: "<a class=\"title\" href=\"/publications/extra2007/\">", to: "<div class=\"byline\">").last
            == "<div class=\"byline\"><span class=\"authors\"><strong class=\"owner\">Ada Quinlan</strong>, Malik Osei, Tomás Lindqvist</span>, "
            + "<details class=\"more-authors\"><summary>and 1 more</summary><a class=\"coauthor\" href=\"https://example.org/priya\">Priya Raman</a></details></div>")
        #expect(Self.lines(list, startingWith: "<a class=\"title\" href=\"/publications/accents-%C3%BC/\">") == [
            "<a class=\"title\" href=\"/publications/accents-%C3%BC/\">Über über ü, étí ça šğ őą åāż ñôà: ß øØ åÅ łŁ æÆ œŒ ıȷ</a>",
        ])
        #expect(Self.block(list, from: "<a class=\"title\" href=\"/publications/DBLP-conf-things-Quinlan21/\">", to: "<div class=\"byline\">").last
            == "<div class=\"byline\"><span class=\"authors\"><strong class=\"owner\">Ada Quinlan</strong></span>, "
            + "<details class=\"more-authors\"><summary>and 1 more</summary><a class=\"coauthor\" href=\"https://example.org/priya\">Priya Raman</a></details></div>",
            "the entry's max_authors = 1 before the site's 3")
        #expect(Self.block(list, from: "<a class=\"title\" href=\"/publications/quinlan2013draft/\">", to: "<div class=\"byline\">") == [
            "<a class=\"title\" href=\"/publications/quinlan2013draft/\">Notes on duality, typeset with AMS-LaTeX and METAFONT</a>",
            "<div class=\"byline\"><span class=\"authors\"><strong class=\"owner\">Ada Quinlan</strong>, Lena Hartmann</span></div>",
        ])
        #expect(Self.lines(list, startingWith: "<a class=\"title\" href=\"/publications/quinlan2008noopsort/\">") == [
            "<a class=\"title\" href=\"/publications/quinlan2008noopsort/\">Sorted first</a>",
        ])
    }

    @Test func theHomePageShowsTheSelectedEntriesNewestFirst() throws {
        let (site, output) = try Self.built()
        _ = site
        let home = Self.page("index.html", in: output)
        let selected = Self.block(home, from: "<section class=\"selected\"", to: "</section>")
        #expect(Array(selected.dropFirst(3).prefix(Self.tinyEntry.count)) == Self.tinyEntry)
        #expect(selected.filter { $0.hasPrefix("<span class=\"badge\">") }.map { $0.prefix(36) } == [
            "<span class=\"badge\">THINGS</span> <a", "<span class=\"badge\">TOCS</span> <a c",
        ])
    }

    @Test func theCrossreferencedConferencePaperPage() throws {
        let (site, output) = try Self.built()
        _ = site
        let page = Self.page("publications/könig+quinlan-2021-tiny/index.html", in: output)
        #expect(Self.block(page, from: "<p class=\"kicker\">", to: "</header>") == [
            "<p class=\"kicker\"><span class=\"badge\">THINGS</span></p>",
            "<h1>Tiny SiteGen: static sites at TeX speed from the Optimisation Lab</h1>",
            "<div class=\"byline\"><span class=\"authors\"><strong class=\"owner\">J. König</strong>, <strong class=\"owner\">A. Quinlan</strong><sup class=\"marker\">†</sup>, Anne Poe</span> et al.</div>",
            "<ul class=\"legend\" aria-label=\"Author markers\"><li><sup class=\"marker\">†</sup> Corresponding author</li></ul>",
            "<p class=\"meta\">In <span class=\"authors\"><a class=\"coauthor\" href=\"https://example.org/rich\">Rich Roe</a>, Anne Poe</span> (eds.), "
                + "<em>Proceedings of Things 2021</em>, <time datetime=\"2021-07\">July 2021</time> · Conference paper</p>",
            "<ul class=\"pub-links\" aria-label=\"Links\"><li><a href=\"https://example.org/slides/tiny.pdf\">Slides</a></li>"
                + "<li><a href=\"https://example.org/posters/tiny.pdf\">Poster</a></li><li><a href=\"https://arxiv.org/abs/2101.00001\">arXiv</a></li>"
                + "<li><a href=\"https://github.com/example/tiny\">Code</a></li><li><a href=\"https://example.org/videos/tiny\">Video</a></li></ul>",
            "</header>",
        ])
        #expect(Self.lines(page, startingWith: "<p class=\"award\">") == [
            "<p class=\"award\"><strong>Best paper</strong>: Chosen among <strong>400</strong> papers by the programme committee.</p>",
        ])
        #expect(Self.block(page, from: "<dl class=\"facts\">", to: "</dl>") == [
            "<dl class=\"facts\">", "<dt>Pages</dt><dd>5–9</dd>", "<dt>Publisher</dt><dd>ACM</dd>", "<dt>Place</dt><dd>Lisbon</dd>", "</dl>",
        ])
        #expect(Self.lines(page, startingWith: "<p class=\"citation\">") == [
            "<p class=\"citation\">König, J., Quinlan, A., Poe, A., et al. (2021, July). Tiny SiteGen: static sites at TeX speed from the "
                + "Optimisation Lab. In R. Roe &amp; A. Poe (Eds.), Proceedings of Things 2021 (pp. 5–9). ACM.</p>",
        ])
        #expect(Self.lines(page, startingWith: "<p><a href=\"/publications/") == [
            "<p><a href=\"/publications/k%C3%B6nig+quinlan-2021-tiny/k%C3%B6nig+quinlan-2021-tiny.bib\" download=\"könig+quinlan-2021-tiny.bib\">"
                + "Download könig+quinlan-2021-tiny.bib</a></p>",
        ])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("publications/könig+quinlan-2021-tiny/könig+quinlan-2021-tiny.bib").path))
        #expect(!page.contains("dimensions") && !page.contains("12345") && !page.contains("ABCDEF"))
    }

    @Test func thePageOfAccentsMathAndStyles() throws {
        let (site, output) = try Self.built()
        _ = site
        let page = Self.page("publications/accents-ü/index.html", in: output)
        #expect(Self.block(page, from: "<h1>", to: "</header>") == [
            "<h1>Über über ü, étí ça šğ őą åāż ñôà: ß øØ åÅ łŁ æÆ œŒ ıȷ</h1>",
            "<div class=\"byline\"><span class=\"authors\">Rafael Ibáñez, <strong class=\"owner\">Ada Quinlan</strong></span></div>",
            "<p class=\"meta\"><em>Revue\u{00A0}de TeX, LaTeX et BibTeX</em>, <time datetime=\"2019-11-05\">5 November 2019</time> · Journal article</p>",
            "</header>",
        ])
        #expect(Self.block(page, from: "<section class=\"abstract\"", to: "</section>") == [
            "<section class=\"abstract\" aria-labelledby=\"abstract\">", "<h2 id=\"abstract\">Abstract</h2>",
            "<p>Dashes – and — here, “quotes” and ‘single', &amp; % $ _ #, – — — a/b … … <strong>bold</strong>, <em>italic</em>, "
                + "<code>mono</code>, x<sup>2</sup> and H<sub>2</sub>O, " + MathPage.inline("E = mc^2", macros: .none).html + ", raw UTF-8: Łódź, 東京, “curly”.</p>",
            "</section>",
        ])
        #expect(Self.lines(page, startingWith: "<p class=\"note\">") == [
            "<p class=\"note\"><strong>Annotation:</strong> Read with <em>care</em>.</p>", "<p class=\"note\">. Extended version of a workshop talk</p>",
        ])
        #expect(Self.lines(page, startingWith: "<p class=\"citation\">") == [
            "<p class=\"citation\">Ibáñez, R., &amp; Quinlan, A. (2019, November 5). Über über ü, étí ça šğ őą åāż ñôà: ß øØ åÅ łŁ æÆ œŒ ıȷ. "
                + "Revue\u{00A0}de TeX, LaTeX et BibTeX, 3–4.</p>",
        ])
        #expect(!Self.block(page, from: "<main", to: "<pre class=\"bibtex\">").joined().contains("\\"), "no backslash before the BibTeX block")
    }

    /// Each paper's `KEY.bib` reads back as its source entry: same type and key, the fields less
    /// the site-only and link ones, with crossref's and xdata's inherited.
    @Test func everyWrittenBibTeXFileReadsBackAsItsSourceEntry() throws {
        let (site, output) = try Self.built()
        _ = site
        var checked = 0
        for source in Self.sources {
            let text = try String(contentsOf: Self.fixture.appendingPathComponent(source), encoding: .utf8)
            let file = BibTeXReader.read(text, path: source)
            #expect(file.diagnostics.isEmpty)
            for entry in BibEntryValidation.listableEntries(of: file).entries {
                let slug = entry.key.replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: "/", with: "-")
                let written = Self.page("publications/\(slug)/\(slug).bib", in: output)
                let back = BibTeXReader.read(written, path: "\(slug).bib")
                #expect(back.diagnostics.isEmpty, "\(entry.key): \(back.diagnostics)")
                guard back.entries.count == 1, let copy = back.entries.first else {
                    Issue.record("\(entry.key): \(back.entries.count) entries in \(slug).bib")
                    continue
                }
                #expect(copy.key == entry.key && copy.type == entry.type && copy.writtenType == entry.writtenType)
                let dropped = BibWriteBackFields.siteOnly.union(BibWriteBackFields.links)
                let expected = entry.fields.filter { !dropped.contains($0.name) }.map { "\($0.name) = \($0.value)" }.sorted()
                #expect(copy.fields.map { "\($0.name) = \($0.value)" }.sorted() == expected, "\(entry.key)")
                checked += 1
            }
        }
        #expect(checked == 27)
    }

    @Test func aCrossreferencedEntryCarriesItsParentsFieldsAndEditorsAsEditors() throws {
        let (site, output) = try Self.built()
        _ = site
        #expect(Self.page("publications/könig+quinlan-2021-tiny/könig+quinlan-2021-tiny.bib", in: output) == """
            @inproceedings{könig+quinlan:2021/tiny,
              author = {K{\\"o}nig, J. and Quinlan, A.† and Poe, Anne and others},
              editor = {Roe, Rich and Poe, Anne},
              title = {Tiny \\SG: static sites at \\TeX\\ speed from the \\Lab},
              booktitle = {Proceedings of Things 2021},
              pages = {5--9},
              publisher = {ACM},
              location = {Lisbon},
              year = {2021},
              month = {jul},
              eprint = {2101.00001},
              archiveprefix = {arXiv}
            }

            """)
        #expect(Self.page("publications/quinlan2009xdata/quinlan2009xdata.bib", in: output).contains("  publisher = {Lisière University Press},\n  location = {Lisière},\n"))
    }

    @Test func aReportsAndAPatentsNumberIsANumberAJournalsAnIssueAndABooksISBNIsShown() throws {
        let (site, output) = try Self.built()
        _ = site
        let facts = { (key: String) in Self.block(Self.page("publications/\(key)/index.html", in: output), from: "<dl class=\"facts\">", to: "</dl>") }
        #expect(facts("quinlan2014report") == [
            "<dl class=\"facts\">", "<dt>Number</dt><dd>TR-14-02</dd>", "<dt>Institution</dt><dd>Institute of Applied Mathematics</dd>",
            "<dt>Type</dt><dd>Technical report</dd>", "</dl>",
        ])
        #expect(facts("quinlan2012patent") == ["<dl class=\"facts\">", "<dt>Number</dt><dd>EP 1 234 567</dd>", "</dl>"])
        #expect(facts("quinlan2018book") == [
            "<dl class=\"facts\">", "<dt>Edition</dt><dd>Second</dd>", "<dt>Publisher</dt><dd>Lisière University Press</dd>",
            "<dt>Place</dt><dd>Lisière</dd>", "<dt>ISBN</dt><dd>978-3-16-148410-0</dd>", "</dl>",
        ])
        #expect(facts("smith-2020-a+b") == [
            "<dl class=\"facts\">", "<dt>Volume</dt><dd>38</dd>", "<dt>Issue</dt><dd>2</dd>", "<dt>Pages</dt><dd>1–10</dd>", "</dl>",
        ])
    }

    /// The `invalid/bib-syntax-error` fixture fails the build; its reader keeps the entries before
    /// and after the broken one, resuming at the next line that starts with `@`.
    @Test func aSyntaxErrorLosesOnlyItsEntry() throws {
        let path = "content/publications.bib"
        let text = try String(contentsOf: FixtureTests.root.appendingPathComponent("invalid/bib-syntax-error/\(path)"), encoding: .utf8)
        let file = BibTeXReader.read(text, path: path)
        #expect(file.entries.map(\.key) == ["before", "after"])
        let expected = try String(contentsOf: FixtureTests.root.appendingPathComponent("invalid/bib-syntax-error/expected.txt"), encoding: .utf8)
        #expect(DiagnosticFormatter.format(file.diagnostics) + "\n" == expected)
    }
}
