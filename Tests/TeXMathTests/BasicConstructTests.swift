import Testing
@testable import TeXMath

/// Letters, numbers, operators, scripts, fractions and roots.
@Suite struct BasicConstructTests {
    @Test func wholeFormulaHasSemanticsAndAnnotation() {
        #expect(MathPage.inline("x<1", macros: .none).html
            == "<math><semantics><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow><annotation encoding=\"application/x-tex\">x&lt;1</annotation></semantics></math>")
        var page = MathPage(macros: .none)
        page.add("a", display: true)
        #expect(page.render()[0].html.hasPrefix("<math display=\"block\"><semantics><mi>a</mi>"))
    }

    @Test func lettersAndNumbers() {
        #expect(body("x 3.14 10") == "<mrow><mi>x</mi><mn>3.14</mn><mn>10</mn></mrow>")
        #expect(body("3.") == "<mrow><mn>3</mn><mo>.</mo></mrow>")
    }

    @Test func aLeadingMinusIsAPrefix() {
        #expect(body("-a") == "<mrow><mo>−</mo><mi>a</mi></mrow>")
        #expect(body("a=-b") == "<mrow><mi>a</mi><mo>=</mo><mo form=\"prefix\">−</mo><mi>b</mi></mrow>")
        #expect(body("a-b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
    }

    @Test func scriptsTakeOneDigitOrAGroup() {
        #expect(body("x^23") == "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>")
        #expect(body("x_i^{n+1}") == "<msubsup><mi>x</mi><mi>i</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></msubsup>")
        #expect(body("x^2_i") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    @Test func primes() {
        #expect(body("f'") == "<msup><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></msup>")
        #expect(body("f''^2") == "<msup><mi>f</mi><mrow><mo lspace=\"0em\" rspace=\"0em\">′</mo><mo lspace=\"0em\" rspace=\"0em\">′</mo><mn>2</mn></mrow></msup>")
    }

    @Test func fractionsAndRoots() {
        #expect(body("\\frac12") == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        #expect(body("\\dfrac{a}{b}") == "<mstyle displaystyle=\"true\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>")
        #expect(body("\\tfrac{a}{b}", display: true) == "<mstyle displaystyle=\"false\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>")
        #expect(body("\\sqrt{x}\\sqrt[3]{y}") == "<mrow><msqrt><mi>x</mi></msqrt><mroot><mi>y</mi><mn>3</mn></mroot></mrow>")
    }
}
