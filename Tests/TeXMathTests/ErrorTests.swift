import Testing
@testable import TeXMath

/// Errors: the message, and the UTF-8 offset and length of the offending part.
@Suite struct ErrorTests {
    private func problem(_ tex: String, display: Bool = false) -> MathProblem? {
        problems(tex, display: display).first
    }

    @Test func anErrorShowsTheSourceAsCode() {
        let rendered = MathPage.inline("a<\\foo", macros: .none)
        #expect(rendered.html == "<code class=\"math-error\">a&lt;\\foo</code>")
        #expect(rendered.problems == [MathProblem(message: "unknown command \\foo", offset: 2, length: 4)])
    }

    @Test func offsetsCountUTF8Bytes() {
        #expect(problem("é\\bar") == MathProblem(message: "missing argument for \\bar", offset: 2, length: 4))
        #expect(problem("αβ\\nope") == MathProblem(message: "unknown command \\nope", offset: 4, length: 5))
    }

    @Test func bracesAndDelimiters() {
        #expect(problem("x^{a") == MathProblem(message: "missing } for the {", offset: 2, length: 1))
        #expect(problem("a}") == MathProblem(message: "unmatched }", offset: 1, length: 1))
        #expect(problem("x\\right)") == MathProblem(message: "\\right without \\left", offset: 1, length: 6))
        #expect(problem("\\left(x") == MathProblem(message: "missing \\right for the \\left", offset: 0, length: 5))
        #expect(problem("\\middle|") == MathProblem(message: "\\middle without \\left", offset: 0, length: 7))
        #expect(problem("\\left x\\right)") == MathProblem(message: "\\left needs a delimiter, not x", offset: 6, length: 1))
        #expect(problem("\\sqrt[3{x}") == MathProblem(message: "missing ] for the [", offset: 5, length: 1))
    }

    /// The position is in the problem's offset (and the caret under the source), not in its message.
    @Test func unclosedGroupsNameTheOpenerWithoutItsOffset() {
        #expect(MathMacros.parse("\\newcommand{\\bad").problems == [MathProblem(message: "missing } for the {", offset: 11, length: 1)])
        #expect(problem("\\text{a") == MathProblem(message: "missing } for the {", offset: 5, length: 1))
        #expect(problem("\\text{$x") == MathProblem(message: "missing $ for the $", offset: 6, length: 1))
        #expect(problem("\\hspace{1em") == MathProblem(message: "missing } for the {", offset: 7, length: 1))
        #expect(problem("\\textcolor{red") == MathProblem(message: "missing } for the {", offset: 10, length: 1))
        #expect(problem("\\newcommand{\\p}[1][0]{#1}\\p[a") == MathProblem(message: "missing ] for the [", offset: 27, length: 1))
        #expect(problem("\\newcommand{\\p}[1]{#1}\\p{a") == MathProblem(message: "missing } for the {", offset: 24, length: 1))
    }

    @Test func alignmentAndEnvironments() {
        #expect(problem("a&b") == MathProblem(message: "& outside an alignment", offset: 1, length: 1))
        #expect(problem("\\begin{matrix}a\\end{bmatrix}") == MathProblem(message: "\\end{bmatrix} does not match \\begin{matrix}", offset: 15, length: 4))
        #expect(problem("\\begin{matrix}a") == MathProblem(message: "missing \\end{matrix} for the \\begin{matrix}", offset: 0, length: 6))
        #expect(problem("\\begin{foo}a\\end{foo}") == MathProblem(message: "unknown environment foo", offset: 0, length: 6))
        #expect(problem("a\\end{x}") == MathProblem(message: "\\end without \\begin", offset: 1, length: 4))
        #expect(problem("\\begin{equation}a&b\\end{equation}", display: true) == MathProblem(message: "& is not allowed in equation", offset: 17, length: 1))
        #expect(problem("\\begin{align}a\\end{align}") == MathProblem(message: "align must be a whole display formula (use aligned, gathered or split inside)", offset: 0, length: 6))
        #expect(problem("\\begin{array}{lx}a\\end{array}") == MathProblem(message: "unsupported column type x in lx", offset: 0, length: 6))
        #expect(problem("\\hline") == MathProblem(message: "\\hline outside an array", offset: 0, length: 6))
    }

    @Test func argumentsAndScripts() {
        #expect(problem("\\frac{a}") == MathProblem(message: "missing argument for \\frac", offset: 0, length: 5))
        #expect(problem("x^") == MathProblem(message: "missing argument for ^", offset: 1, length: 1))
        #expect(problem("x^1^2") == MathProblem(message: "double superscript", offset: 3, length: 1))
        #expect(problem("x_1_2") == MathProblem(message: "double subscript", offset: 3, length: 1))
        #expect(problem("x\\limits") == MathProblem(message: "\\limits is allowed only after an operator", offset: 1, length: 7))
        #expect(problem("\\color{nocolor}x") == MathProblem(message: "unknown color nocolor", offset: 0, length: 6))
        #expect(problem("\\hspace{wide}") == MathProblem(message: "\\hspace needs a length like 1em, not \"wide\"", offset: 0, length: 7))
        #expect(problem("\\text{\\foo}") == MathProblem(message: "unknown command \\foo in text", offset: 6, length: 4))
        #expect(problem("#1") == MathProblem(message: "#1 outside a macro definition", offset: 0, length: 2))
    }

    @Test func tagsAndLabelsNeedDisplayMath() {
        #expect(problem("x\\tag{1}") == MathProblem(message: "\\tag is only allowed in display math", offset: 1, length: 4))
        #expect(problem("x\\label{a}", display: true) == MathProblem(message: "\\label{a} in an unnumbered equation", offset: 1, length: 6))
        #expect(problem("x\\tag{1}\\tag{2}", display: true) == MathProblem(message: "more than one \\tag in a row", offset: 8, length: 4))
    }

    @Test func tooDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "{", count: 5_000) + String(repeating: "}", count: 5_000)
        #expect(problem(deep)?.message == "formula nested too deeply")
        let fractions = String(repeating: "\\frac{", count: 3_000) + "x"
        #expect(problem(fractions)?.message == "formula nested too deeply")
        for command in ["\\sqrt", "\\hat", "\\not", "\\mathbf", "\\overline", "\\left("] {
            #expect(problem(String(repeating: command, count: 20_000) + " x")?.message == "formula nested too deeply", "\(command)")
        }
        #expect(problem(String(repeating: "{", count: 98) + String(repeating: "}", count: 98)) == nil)
    }
}
