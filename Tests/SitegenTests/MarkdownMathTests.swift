import Testing
import TeXMath
@testable import Markdown

/// Formulas in Markdown bodies: recognised outside code, hidden from cmark-gfm, converted
/// through one page of math, problems placed in the body.
@Suite struct MarkdownMathTests {
    let renderer = MarkdownRenderer()

    func html(_ markdown: String, macros: MathMacros = .none) -> String {
        renderer.render(markdown, options: .init(mathMacros: macros)).html
    }

    func inline(_ tex: String) -> String {
        MathPage.inline(tex, macros: .none).html
    }

    func display(_ tex: String) -> String {
        var page = MathPage(macros: .none)
        page.add(tex, display: true)
        return "<span class=\"math-display\">" + (page.render().first?.html ?? "") + "</span>"
    }

    /// Front matter text: `$$…$$` among words is inline (academicpages' "Paper Title Number 5,
    /// with math $$E=mc^2$$"); alone on its lines it is shown as a display.
    @Test func displayDelimitersAmongWordsOfATitleAreInline() throws {
        let inTitle = try #require(InlineMath.html("Number 5, with math $$E=mc^2$$", macros: .none)).html
        #expect(inTitle.hasPrefix("Number 5, with math <math>"), "\(inTitle)")
        #expect(!inTitle.contains("display=\"block\""))
        for alone in ["$$E=mc^2$$", "We show\n  $$E=mc^2$$ \nfor all.", "\\[E=mc^2\\]"] {
            let html = try #require(InlineMath.html(alone, macros: .none)).html
            #expect(html.contains("<math display=\"block\""), "\(alone): \(html)")
        }
    }

    @Test func formulasAreConvertedAndMarkdownDoesNotReadInsideThem() {
        #expect(html("Let $a_1 * b_2$ and $c_3 * d_4$ be.") == "<p>Let \(inline("a_1 * b_2")) and \(inline("c_3 * d_4")) be.</p>\n")
        #expect(html(#"Also \(x_i\) and $`y_j`$."#) == "<p>Also \(inline("x_i")) and \(inline("y_j")).</p>\n")
        #expect(html("| a | b |\n|---|---|\n| $|x|$ | 2 |\n").contains("<td>\(inline("|x|"))</td>"))
    }

    /// Placeholders are private-use characters: a body that holds them (or others with the same
    /// first bytes) keeps them as written, and its formulas still convert.
    @Test func privateUseCharactersInTheBodyStayText() {
        #expect(html("\u{E000}0\u{E001} $x$ \u{E002}1\u{E003}")
            == "<p>\u{E000}0\u{E001} \(inline("x")) \u{E002}1\u{E003}</p>\n")
        #expect(html("\u{E004} $y$ \u{E005}") == "<p>\u{E004} \(inline("y")) \u{E005}</p>\n")
    }

    @Test func dollarsThatAreNotFormulasStayText() {
        #expect(html("costs $5 and $10") == "<p>costs $5 and $10</p>\n")
        #expect(html(#"a \$ sign and $x$"#) == "<p>a $ sign and \(inline("x"))</p>\n")
        #expect(renderer.render("costs $5 and $10").hasMath == false)
    }

    @Test func codeAndRawHTMLKeepFormulasAsWritten() {
        #expect(html("`$x_1$` and $y$") == "<p><code>$x_1$</code> and \(inline("y"))</p>\n")
        #expect(html("```\n$x_1$\n```\n") == "<pre><code>$x_1$\n</code></pre>\n")
        #expect(html("text\n\n    $x_1$ and \\(y\\)\n") == "<p>text</p>\n<pre><code>$x_1$ and \\(y\\)\n</code></pre>\n")
        #expect(html("<div title=\"$a$\">\n$b_1$\n</div>\n") == "<div title=\"$a$\">\n$b_1$\n</div>\n")
        #expect(html("<div title=\"$a<b$\">\n</div>\n") == "<div title=\"$a<b$\">\n</div>\n")
        #expect(html("a <span title=\"$a$\">b</span>") == "<p>a <span title=\"$a$\">b</span></p>\n")
        #expect(html("[link](/x$a$y \"t $b$\") ![$c$](p.png)") == "<p><a href=\"/x$a$y\" title=\"t $b$\">link</a> <img src=\"p.png\" alt=\"$c$\" /></p>\n")
    }

    @Test func aDisplayFormulaAloneIsNotInAParagraph() {
        #expect(html("Before.\n\n$$\n\\sum_i x_i\n$$\n\nAfter.") == "<p>Before.</p>\n\(display("\n\\sum_i x_i\n"))\n<p>After.</p>\n")
        #expect(html("```math\nx^2\n```\n") == display("x^2\n") + "\n")
        #expect(html("\\[x\\]") == display("x") + "\n")
        // Inside a paragraph, display math stays where it stands: `<math>` is phrasing content.
        #expect(html("where $$x$$ holds") == "<p>where \(display("x")) holds</p>\n")
    }

    @Test func environmentsAreGivenWholeAndNumberedDownThePage() {
        let body = "\\begin{equation}a\\label{first}\\end{equation}\n\nBy \\eqref{second} and $\\eqref{first}$.\n\n\\begin{align}\nb_1 &= c \\label{second}\n\\end{align}\n"
        var page = MathPage(macros: .none)
        page.add("\\begin{equation}a\\label{first}\\end{equation}", display: true)
        page.add("\\eqref{second}", display: false)
        page.add("\\eqref{first}", display: false)
        page.add("\\begin{align}\nb_1 &= c \\label{second}\n\\end{align}", display: true)
        let rendered = page.render().map(\.html)
        // In the text, the reference is a link of the text's, not a `<math>` holding a link.
        #expect(rendered[1].contains("<a href=\"#eq-second\">(2)</a>"))
        #expect(html(body) == "<span class=\"math-display\">\(rendered[0])</span>\n<p>By <a class=\"eqref\" href=\"#eq-second\">(2)</a> and \(rendered[2]).</p>\n<span class=\"math-display\">\(rendered[3])</span>\n")
    }

    @Test func titlesSummariesAndHeadingsKeepTheSource() {
        let document = renderer.render("# The $x_1$ bound\n\nWe show $y_2 \\le 1$.\n\n## On $z$\n", options: .init(extractLeadingHeading: true))
        #expect(document.extractedTitle == "The $x_1$ bound")
        #expect(document.summary == "We show $y_2 \\le 1$.")
        #expect(document.headings.map(\.text) == ["On $z$"])
        #expect(document.html == "<p>We show \(inline("y_2 \\le 1")).</p>\n<h2 id=\"on-z\">On \(inline("z"))</h2>\n")
        #expect(document.hasMath)
    }

    @Test func problemsArePlacedInTheBody() {
        let document = renderer.render("Text.\n\nSee $a + \\nosuchcommand{x}$ here.")
        #expect(document.notices.map { "\($0.line):\($0.column)" } == ["3:10"])
        #expect(document.html.contains("<code class=\"math-error\">"))
    }

    @Test func otherNoticesKeepTheirPlaceAfterFormulas() {
        let document = renderer.render("$$\na_1\n$$ and $b$\n\n[x](javascript:alert(1))")
        #expect(document.notices == [.init(line: 5, column: 1, message: "link target 'javascript:alert(1)' is not a URL that can be linked; the link leads nowhere")])
    }

    @Test func siteMacrosReachEveryFormula() {
        let macros = MathMacros.parse(#"\newcommand{\R}{\mathbb{R}}"#).macros
        #expect(html(#"$x \in \R$"#, macros: macros) == "<p>\(MathPage.inline(#"x \in \R"#, macros: macros).html)</p>\n")
    }

    @Test func plainTextPagesConvertDisplayFormulasOnly() {
        let document = PlainText.render("A page\nIt costs $5 and $x$ here.\n$$y^2$$\nThe end of it all.", extractTitle: true)
        #expect(document.html == "<p>It costs $5 and $x$ here.</p>\n\(display("y^2"))\n<p>The end of it all.</p>\n")
        #expect(document.extractedTitle == "A page")
        #expect(PlainText.render("One\nTwo $x$ three.", extractTitle: false).hasMath == false)
    }
}
