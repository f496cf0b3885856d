import Testing
@testable import TeXMath

/// `\newcommand`, `\renewcommand`, `\def` in formulas and in site-wide definitions.
@Suite struct MacroTests {
    @Test func newcommandWithArgumentsAndAnOptionalFirstOne() {
        #expect(body("\\newcommand{\\R}{\\mathbb{R}}x\\in\\R") == "<mrow><mi>x</mi><mo>∈</mo><mi>ℝ</mi></mrow>")
        #expect(body("\\newcommand\\sq[1]{#1^2}\\sq{y}") == "<msup><mi>y</mi><mn>2</mn></msup>")
        #expect(body("\\newcommand{\\p}[2][0]{#1#2}\\p{a}\\p[b]{c}") == "<mrow><mn>0</mn><mi>a</mi><mi>b</mi><mi>c</mi></mrow>")
        #expect(body("\\def\\f#1#2{#2#1}\\f ab") == "<mrow><mi>b</mi><mi>a</mi></mrow>")
    }

    @Test func definitionsLastForThePageAndRenewcommandReplaces() {
        var page = MathPage(macros: .none)
        page.add("\\newcommand{\\E}{\\mathbb{E}}", display: false)
        page.add("\\E X", display: false)
        page.add("\\renewcommand{\\E}{E}\\E", display: false)
        page.add("\\E", display: false)
        let html = page.render().map { stripped($0.html) }
        #expect(html[1] == "<mrow><mi>𝔼</mi><mi>X</mi></mrow>")
        #expect(html[3] == "<mi>E</mi>")
    }

    @Test func siteMacrosAreParsedWithTheirProblems() {
        let (macros, problems) = MathMacros.parse("\\newcommand{\\R}{\\mathbb{R}}\n\\def\\norm#1{\\lVert #1\\rVert}\nx")
        #expect(problems == [MathProblem(message: "only macro definitions are allowed here, not x", offset: 57, length: 1)])
        #expect(body("\\norm{\\R}", macros: macros) == "<mrow><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">∥</mo><mi>ℝ</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">∥</mo></mrow>")
    }

    @Test func errorsInDefinitionsAndExpansions() {
        #expect(problems("\\newcommand{\\frac}{x}").first == MathProblem(message: "\\frac is already defined (use \\renewcommand)", offset: 0, length: 11))
        #expect(problems("\\renewcommand{\\zz}{x}").first == MathProblem(message: "\\zz is not defined (use \\newcommand)", offset: 0, length: 13))
        #expect(problems("\\newcommand{\\a}{#1}").first == MathProblem(message: "\\a has 0 parameters, its body uses #1", offset: 16, length: 2))
        #expect(problems("\\newcommand{\\a}[1]{#1}\\a").first == MathProblem(message: "missing argument for \\a", offset: 22, length: 2))
    }

    @Test func runawayExpansionStops() {
        #expect(problems("\\def\\a{\\a\\a}\\a").first == MathProblem(message: "macro expansion does not end (\\a expanded too often)", offset: 12, length: 2))
        #expect(problems("\\def\\a{\\a}\\a").first?.message == "macro expansion does not end (\\a expanded too often)")
        let wide = "\\def\\a{" + String(repeating: "x", count: 300) + "}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}"
            + "\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\c\\c\\c"
        #expect(problems(wide).first?.message == "macro expansion too large (\\a)")
    }
}
