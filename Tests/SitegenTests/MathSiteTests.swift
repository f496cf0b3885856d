import Testing
import TeXMath

/// Formulas through whole builds: bodies, front matter, BibTeX, `math_macros`, diagnostics.
@Suite struct MathSiteTests {
    static let macros = MathMacros.parse(#"\newcommand{\R}{\mathbb{R}}"#).macros

    @Test func bodiesFrontMatterAndBibTeXShowMathML() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbase_url: https://example.org/\nmath_macros: |\n  \\newcommand{\\R}{\\mathbb{R}}\n",
            "content/note.md": "---\ntitle: 'On $\\R^d$'\n---\nLet $x \\in \\R^d$.\n\n$$\n\\|x\\|_2\n$$\n",
            "content/seminars/2026-05-01-s.md": "---\ntalks:\n  - title: 'Bounds for $\\alpha$'\n    speaker: A\n    abstract: 'We bound $x_1$ by $y$.'\n---\n",
            "content/publications.bib": "@article{k, author = {A, B}, title = {The $\\alpha$-bound}, journal = {J}, year = 2026,\n  abstract = {Where $x_1 < y$.}}\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.map(\.headline) == [])
        let note = try #require(site.page("note/index.html"))
        #expect(note.contains("<h1>On \(MathPage.inline(#"\R^d"#, macros: Self.macros).html)</h1>"))
        #expect(note.contains("<title>On $\\R^d$ · T</title>"))
        #expect(note.contains("<p>Let \(MathPage.inline(#"x \in \R^d"#, macros: Self.macros).html).</p>"))
        #expect(note.contains("<span class=\"math-display\"><math display=\"block\""))
        let seminar = try #require(site.page("seminars/2026-05-01-s/index.html"))
        #expect(seminar.contains(MathPage.inline(#"\alpha"#, macros: Self.macros).html))
        #expect(seminar.contains("<p class=\"abstract\">We bound \(MathPage.inline("x_1", macros: Self.macros).html) by \(MathPage.inline("y", macros: Self.macros).html).</p>"))
        let paper = try #require(site.page("publications/k/index.html"))
        #expect(paper.contains("<p>Where \(MathPage.inline("x_1 < y", macros: Self.macros).html).</p>"))
        #expect(paper.contains("The \(MathPage.inline(#"\alpha"#, macros: Self.macros).html)-bound"))
    }

    @Test func aFormulaThatCannotBeReadIsAWarningAtItsPlace() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/a.md": "---\ntitle: A\n---\nText.\n\nSee $a + \\nosuchcommand{x}$ here.\n",
        ])
        let report = site.build()
        #expect(report.succeeded)
        let warning = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(warning.description == #"""
            content/a.md:6:10: warning: unknown command \nosuchcommand; the formula is shown as its TeX source
             6 | See $a + \nosuchcommand{x}$ here.
               |          ^
            """#)
        #expect(warning.sourceLine == "See $a + \\nosuchcommand{x}$ here.")
        let html = try #require(site.page("a/index.html"))
        #expect(html.contains("<code class=\"math-error\">"))
    }

    @Test func aMacroThatCannotBeReadIsAWarningInSiteYML() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbase_url: https://example.org/\nmath_macros:\n  - '\\newcommand{\\R}{\\mathbb{R}}'\n  - '\\newcommand{\\bad'\n",
            "content/a.md": "---\ntitle: A\n---\n$\\R$\n",
        ])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.headline) == [#"site.yml:5:5: warning: in math_macros: missing } for the { ('{')"#])
        let html = try #require(site.page("a/index.html"))
        #expect(html.contains(MathPage.inline(#"\R"#, macros: Self.macros).html))
    }

    /// A front-matter text or a BibTeX title with a formula that cannot be read: a warning where
    /// the offending command is written, and the text shown with the formula as its source.
    @Test func formulasOfFrontMatterAndBibTeXAreWarnedAboutWhereTheyAreWritten() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/seminars/2026-05-01-s.md": "---\ntalks:\n  - title: 'Bounds'\n    speaker: A\n    abstract: >\n      We bound\n      $x + \\nosuch{y}$.\n---\n",
            "content/publications.bib": "@article{k, author = {A, B}, journal = {J}, year = 2026, abstract = {A},\n  title = {The $\\alpha + \\nope$ bound}}\n",
        ])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            #"""
            content/publications.bib:2:26: warning: entry 'k': unknown command \nope; the formula is shown as its TeX source
             2 |   title = {The $\alpha + \nope$ bound}}
               |                          ^
            """#,
            #"""
            content/seminars/2026-05-01-s.md:7:12: warning: unknown command \nosuch; the formula is shown as its TeX source
             7 |       $x + \nosuch{y}$.
               |            ^
            """#,
        ])
        let paper = try #require(site.page("publications/k/index.html"))
        #expect(paper.contains("<code class=\"math-error\">"))
    }
}
