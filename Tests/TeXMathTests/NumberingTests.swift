import Testing
@testable import TeXMath

/// Equation numbers, `\tag`, `\label` and `\eqref`/`\ref` across a page.
@Suite struct NumberingTests {
    @Test func numberedEnvironmentsNumberTheirRowsInPageOrder() {
        var page = MathPage(macros: .none)
        page.add("\\begin{equation}a\\end{equation}", display: true)
        page.add("\\begin{align}b&=c\\\\d&=e\\nonumber\\\\f&=g\\end{align}", display: true)
        page.add("\\begin{gather*}h\\end{gather*}", display: true)
        page.add("\\begin{eqnarray}i&=&j\\end{eqnarray}", display: true)
        let html = page.render().map { stripped($0.html) }
        #expect(html[0] == "<mtable displaystyle=\"true\" class=\"math-numbered\"><mtr><mtd><mi>a</mi></mtd><mtd class=\"math-number\" id=\"eq-1\"><mtext>(1)</mtext></mtd></mtr></mtable>")
        #expect(html[1] == "<mtable displaystyle=\"true\" class=\"math-numbered\">"
            + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mi>b</mi></mtd><mtd style=\"text-align:left;padding-left:0\"><mrow></mrow><mo>=</mo><mi>c</mi></mtd><mtd class=\"math-number\" id=\"eq-2\"><mtext>(2)</mtext></mtd></mtr>"
            + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mi>d</mi></mtd><mtd style=\"text-align:left;padding-left:0\"><mrow></mrow><mo>=</mo><mi>e</mi></mtd><mtd class=\"math-number\"></mtd></mtr>"
            + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mi>f</mi></mtd><mtd style=\"text-align:left;padding-left:0\"><mrow></mrow><mo>=</mo><mi>g</mi></mtd><mtd class=\"math-number\" id=\"eq-3\"><mtext>(3)</mtext></mtd></mtr></mtable>")
        #expect(html[2] == "<mtable displaystyle=\"true\"><mtr><mtd><mi>h</mi></mtd></mtr></mtable>")
        #expect(html[3].contains("<mtd class=\"math-number\" id=\"eq-4\"><mtext>(4)</mtext></mtd>"))
    }

    @Test func labelsAreLinkedBackwardAndForward() {
        var page = MathPage(macros: .none)
        page.add("\\eqref{later}", display: false)
        page.add("\\begin{equation}a\\label{first}\\end{equation}", display: true)
        page.add("b \\tag{A} \\label{later}", display: true)
        page.add("\\eqref{first}, \\ref{first}", display: false)
        let rendered = page.render()
        #expect(stripped(rendered[0].html) == "<mtext><a href=\"#eq-later\">(A)</a></mtext>")
        #expect(rendered[1].html.contains("<mtd class=\"math-number\" id=\"eq-first\"><mtext>(1)</mtext></mtd>"))
        #expect(rendered[2].html.contains("<mtd class=\"math-number\" id=\"eq-later\"><mtext>(A)</mtext></mtd>"))
        #expect(stripped(rendered[3].html) == "<mrow><mtext><a href=\"#eq-first\">(1)</a></mtext><mo>,</mo><mtext><a href=\"#eq-first\">1</a></mtext></mrow>")
        #expect(rendered.allSatisfy { $0.problems.isEmpty })
    }

    @Test func aStarredTagHasNoParentheses() {
        var page = MathPage(macros: .none)
        page.add("x\\tag*{H}\\label{h}", display: true)
        page.add("\\eqref{h}", display: false)
        let rendered = page.render()
        #expect(rendered[0].html.contains("<mtd class=\"math-number\" id=\"eq-h\"><mtext>H</mtext></mtd>"))
        #expect(stripped(rendered[1].html) == "<mtext><a href=\"#eq-h\">H</a></mtext>")
    }

    @Test func mathInATagIsMathAndItsCharactersInReferences() {
        var page = MathPage(macros: .none)
        page.add("a\\tag{$x_1$}\\label{t}", display: true)
        page.add("\\eqref{t}", display: false)
        let rendered = page.render()
        #expect(rendered[0].html.contains("<mtd class=\"math-number\" id=\"eq-t\"><mtext>(</mtext><msub><mi>x</mi><mn>1</mn></msub><mtext>)</mtext></mtd>"))
        #expect(stripped(rendered[1].html) == "<mtext><a href=\"#eq-t\">(x1)</a></mtext>")
    }

    @Test func anUnknownLabelIsAProblemAndShowsQuestionMarks() {
        let rendered = MathPage.inline("x=\\eqref{nowhere}", macros: .none)
        #expect(stripped(rendered.html) == "<mrow><mi>x</mi><mo>=</mo><mtext>(??)</mtext></mrow>")
        #expect(rendered.problems == [MathProblem(message: "unknown label nowhere", offset: 2, length: 6)])
    }

    @Test func idsStayUniqueOnThePage() {
        var page = MathPage(macros: .none)
        page.add("a\\tag{1}", display: true)
        page.add("\\begin{equation}b\\end{equation}", display: true)
        let rendered = page.render()
        #expect(rendered[0].html.contains("id=\"eq-1\"><mtext>(1)</mtext>"))
        #expect(rendered[1].html.contains("id=\"eq-1-2\"><mtext>(1)</mtext>"))
    }

    @Test func aLabelTwiceIsAProblem() {
        var page = MathPage(macros: .none)
        page.add("\\begin{equation}a\\label{x}\\end{equation}", display: true)
        page.add("\\begin{equation}b\\label{x}\\end{equation}", display: true)
        let rendered = page.render()
        #expect(rendered[1].problems == [MathProblem(message: "label x is defined twice on this page", offset: 17, length: 6)])
        #expect(rendered[1].html.hasPrefix("<code class=\"math-error\">"))
    }
}
