import Testing
@testable import TeXMath

/// Matrices, cases, arrays and alignments.
@Suite struct EnvironmentTests {
    @Test func matricesAndTheirFences() {
        #expect(body("\\begin{matrix}a&b\\\\c&d\\end{matrix}")
            == "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>")
        #expect(body("\\begin{pmatrix}a\\end{pmatrix}")
            == "<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable><mo stretchy=\"true\" fence=\"true\">)</mo></mrow>")
        #expect(body("\\begin{Vmatrix}a\\end{Vmatrix}").hasPrefix("<mrow><mo stretchy=\"true\" fence=\"true\" lspace=\"0em\" rspace=\"0em\">∥</mo><mtable>"))
        #expect(body("\\begin{smallmatrix}a\\end{smallmatrix}") == "<mstyle scriptlevel=\"1\"><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable></mstyle>")
    }

    @Test func aFinalRowBreakMakesNoEmptyRow() {
        #expect(body("\\begin{matrix}a\\\\\\end{matrix}") == "<mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable>")
    }

    @Test func casesAreLeftAlignedAfterABrace() {
        #expect(body("\\begin{cases}1&x\\end{cases}")
            == "<mrow><mo stretchy=\"true\" fence=\"true\">{</mo><mtable><mtr><mtd style=\"text-align:left\"><mn>1</mn></mtd><mtd style=\"text-align:left\"><mi>x</mi></mtd></mtr></mtable></mrow>")
    }

    @Test func arrayColumnsAndRules() {
        #expect(body("\\begin{array}{r|l}a&b\\\\\\hline c&d\\end{array}")
            == "<mtable><mtr><mtd style=\"text-align:right;text-align:-webkit-right\"><mi>a</mi></mtd><mtd style=\"text-align:left\"><mi>b</mi></mtd></mtr><mtr><mtd style=\"text-align:right;text-align:-webkit-right;border-top:0.06em solid\"><mi>c</mi></mtd><mtd style=\"text-align:left;border-top:0.06em solid\"><mi>d</mi></mtd></mtr></mtable>")
    }

    @Test func alignedPairsRightAndLeftWithTheRelationSpaced() {
        #expect(body("\\begin{aligned}a&=b\\end{aligned}")
            == "<mtable displaystyle=\"true\"><mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0\"><mi>a</mi></mtd><mtd style=\"text-align:left;padding-left:0\"><mrow></mrow><mo>=</mo><mi>b</mi></mtd></mtr></mtable>")
        #expect(body("\\begin{gathered}a\\\\b\\end{gathered}")
            == "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>")
    }

    @Test func rowsAtTheTopOfDisplayMathAreGathered() {
        #expect(body("a\\\\b", display: true) == "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>")
    }

    @Test func multlineAlignsFirstLeftAndLastRightAndNumbersTheLast() {
        #expect(body("\\begin{multline}a\\\\b\\\\c\\end{multline}", display: true)
            == "<mtable displaystyle=\"true\" class=\"math-numbered\"><mtr><mtd style=\"text-align:left\"><mi>a</mi></mtd><mtd class=\"math-number\"></mtd></mtr><mtr><mtd><mi>b</mi></mtd><mtd class=\"math-number\"></mtd></mtr><mtr><mtd style=\"text-align:right;text-align:-webkit-right\"><mi>c</mi></mtd><mtd class=\"math-number\" id=\"eq-1\"><mtext>(1)</mtext></mtd></mtr></mtable>")
    }
}
