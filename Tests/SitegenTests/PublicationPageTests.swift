import LaTeX
import Load
import Models
@testable import Render
import Site
import TeXMath
import Testing

/// The paper page and list entries as the built-in theme writes them, from hand-made
/// publications (what a `.bib` entry gives) and from Markdown publications.
@Suite struct PublicationPageTests {
    static let config = """
        title: Lab
        base_url: /lab/
        owner_names: [J. König]
        max_authors: 2
        coauthors:
          - label: Kwame Osei
            url: https://osei.example.org/

        """

    static let latex = LaTeXConverter()

    /// The HTML the built-in theme makes of each page, by output path.
    static func html(_ site: ViewTestSite) throws -> [String: String] {
        let templates = try #require(TemplateSet.compile(Theme.builtin).templates)
        let output = PageRenderer(templates: templates).render(site.site)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        return Dictionary(output.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }) { $1 }
    }

    static func richSite() throws -> ViewTestSite {
        try ViewTestSite(config: config, [
            "content/publications/rich.md": "---\ntitle: Plain title\nauthors: [Someone]\nyear: 2024\n---\nBody text.\n",
        ]).changing(["publications/rich/": { publication in
            publication.styledTitle = latex.convert(#"\emph{Sharp} bounds <script>alert(1)</script> for $x<y$"#)
            publication.authors = [
                PublicationAuthor(first: "Kwame", last: "Osei", markers: "*"), PublicationAuthor(first: "Bo", last: "Lee", markers: "*†"),
                PublicationAuthor(first: "Cy", last: "Park"), PublicationAuthor(first: "Jürgen", last: "König"),
                PublicationAuthor(first: "Di", last: "Ng"), .others,
            ]
            publication.editors = [PublicationAuthor(first: "Eve", last: "Editor"), PublicationAuthor(first: "Fay", last: "Folio"), PublicationAuthor(first: "Gil", last: "Gray")]
            publication.kind = .chapter
            publication.venue = latex.convert(#"Handbook of \textsc{Tests}"#)
            publication.date = ContentDate(year: 2024, month: 3, day: 1)
            publication.datePrecision = .month
            publication.details.pages = "12–34"
            publication.details.publisher = "Springer"
            publication.details.volume = "7"
            publication.abstract = latex.convert(#"We prove \textbf{it} & more."#)
            publication.links = [LabeledLink(label: "DOI", url: WebURL("https://doi.org/10.1/x")!), LabeledLink(label: "PDF", url: WebURL("/files/r.pdf")!)]
            publication.award = latex.convert("For clarity")
            publication.awardName = "Best Paper"
            publication.note = latex.convert("Invited")
            publication.annotation = latex.convert("Read this")
            publication.additionalInfo = latex.convert("(Oral)")
            publication.keywords = ["optimisation", "bounds"]
            publication.badge = "ICML"
            publication.preview = WebURL("/img/rich.png")
            publication.bibtex = BibTeXRecord(key: "koenig:2024", text: "@incollection{koenig:2024,\n  title = {<Sharp>},\n}\n", sourcePath: "content/publications.bib")
        }])
    }

    @Test func thePaperPageShowsEveryField() throws {
        let page = try #require(try Self.html(Self.richSite())["publications/rich/index.html"])
        let expected = [
            #"<h1><em>Sharp</em> bounds &lt;script&gt;alert(1)&lt;/script&gt; for "# + MathPage.inline("x<y", macros: .none).html + "</h1>",
            #"<p class="kicker"><span class="badge">ICML</span></p>"#,
            #"<span class="authors"><a class="coauthor" href="https://osei.example.org/">Kwame Osei</a><sup class="marker">*</sup>, Bo Lee<sup class="marker">*†</sup>, …, <strong class="owner">Jürgen König</strong></span>, <details class="more-authors"><summary>and 2 more</summary>Cy Park, Di Ng</details> et al.</div>"#,
            #"<li><sup class="marker">*</sup> Equal contribution</li><li><sup class="marker">†</sup> Corresponding author</li>"#,
            #"In <span class="authors">Eve Editor, Fay Folio, Gil Gray</span> (eds.), <em>Handbook of <span class="small-caps">Tests</span></em>, <time datetime="2024-03">March 2024</time> · Book chapter"#,
            #"<li><a href="https://doi.org/10.1/x">DOI</a></li><li><a href="/lab/files/r.pdf">PDF</a></li>"#,
            #"<p class="award"><strong>Best Paper</strong>: For clarity</p>"#,
            #"<img class="preview" src="/lab/img/rich.png" alt="Preview of “Plain title”" loading="lazy">"#,
            "<dt>Volume</dt><dd>7</dd>\n<dt>Pages</dt><dd>12–34</dd>\n<dt>Publisher</dt><dd>Springer</dd>",
            "<p>We prove <strong>it</strong> &amp; more.</p>",
            #"<p class="note"><strong>Note:</strong> Invited</p>"#,
            #"<p class="note"><strong>Annotation:</strong> Read this</p>"#,
            #"<p class="note">(Oral)</p>"#,
            #"<strong>Keywords:</strong> <span class="inline-list">optimisation, bounds</span>"#,
            "<p>Body text.</p>",
            #"<p class="citation">Osei, K., Lee, B., Park, C., König, J., Ng, D., et al. (2024, March). Sharp bounds &lt;script&gt;alert(1)&lt;/script&gt; for x&lt;y. In E. Editor, F. Folio, &amp; G. Gray (Eds.), Handbook of Tests (pp. 12–34). Springer. https://doi.org/10.1/x</p>"#,
            "<pre class=\"bibtex\"><code>@incollection{koenig:2024,\n  title = {&lt;Sharp&gt;},\n}\n</code></pre>",
            #"<a href="/lab/publications/rich/rich.bib" download="rich.bib">Download rich.bib</a>"#,
        ]
        for fragment in expected {
            #expect(page.contains(fragment), "missing: \(fragment)")
        }
        #expect(!page.contains("<script>"), "the styled title's text stays escaped")
        #expect(page.contains("<title>Plain title"), "the page's <title> is the plain title")
    }

    @Test func theListEntryShowsBadgePreviewAndTheCutAuthorList() throws {
        let list = try #require(try Self.html(Self.richSite())["publications/index.html"])
        let expected = [
            #"<li class="publication with-preview">"#,
            #"<img class="preview" src="/lab/img/rich.png" alt="Preview of “Plain title”" loading="lazy">"#,
            #"<span class="badge">ICML</span> <a class="title" href="/lab/publications/rich/"><em>Sharp</em> bounds &lt;script&gt;"#,
            #"<summary>and 2 more</summary>"#,
            #"<div class="award">Best Paper</div>"#,
            #"<h2 id="year-2024">2024</h2>"#,
        ]
        for fragment in expected {
            #expect(list.contains(fragment), "missing: \(fragment)")
        }
        #expect(!list.contains("<script>"))
    }

    @Test func aMarkdownPublicationKeepsItsPlainPage() throws {
        let site = try ViewTestSite(config: "title: Lab\nowner_names: [Ada Quinlan]\npublications:\n  name_style: last-first\n", [
            "content/publications/p.md": """
                ---
                title: A <b>bold</b> claim
                authors: [Ada Quinlan, Kwame Osei]
                date: 2024-05-02
                venue: Journal & Co
                type: journal
                ---

                """,
        ])
        let page = try #require(try Self.html(site)["publications/p/index.html"])
        for fragment in [
            "<h1>A &lt;b&gt;bold&lt;/b&gt; claim</h1>",
            #"<span class="authors"><strong class="owner">Quinlan, Ada</strong>; Osei, Kwame</span>"#,
            #"<em>Journal &amp; Co</em>, <time datetime="2024-05-02">2 May 2024</time> · Journal article"#,
            #"<p class="citation">Quinlan, A., &amp; Osei, K. (2024, May 2). A &lt;b&gt;bold&lt;/b&gt; claim. Journal &amp; Co.</p>"#,
        ] {
            #expect(page.contains(fragment), "missing: \(fragment)")
        }
        for absent in ["class=\"legend\"", "<pre class=\"bibtex\">", "<dl class=\"facts\">", "class=\"award\"", "<details"] {
            #expect(!page.contains(absent), "unexpected: \(absent)")
        }
    }

    @Test func anEditedVolumeIsItsEditors() throws {
        let site = try ViewTestSite(config: "title: Lab\n", [
            "content/publications/v.md": "---\ntitle: Volume\nauthors: [X]\nyear: 2020\ntype: book\n---\n",
        ]).changing(["publications/v/": { publication in
            publication.authors = []
            publication.editors = [PublicationAuthor(first: "Eve", last: "Editor")]
        }])
        let page = try #require(try Self.html(site)["publications/v/index.html"])
        #expect(page.contains(#"<div class="byline"><span class="authors">Eve Editor</span> (ed.)</div>"#))
        #expect(page.contains(#"<p class="citation">Editor, E. (Ed.). (2020). Volume.</p>"#))
    }
}
