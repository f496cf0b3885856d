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

/// Symbols, named functions and big operators with their limits.
@Suite struct OperatorTests {
    @Test func greekLettersAndSymbols() {
        #expect(body("\\alpha\\Gamma\\infty") == "<mrow><mi>α</mi><mi mathvariant=\"normal\">Γ</mi><mi>∞</mi></mrow>")
        #expect(body("a\\le b\\to c\\Rightarrow d") == "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>→</mo><mi>c</mi><mo>⇒</mo><mi>d</mi></mrow>")
        #expect(body("a\\times b\\pm c") == "<mrow><mi>a</mi><mo>×</mo><mi>b</mi><mo>±</mo><mi>c</mi></mrow>")
        #expect(body("\\cdots\\ldots\\vdots\\ddots") == "<mrow><mo>⋯</mo><mo>…</mo><mo>⋮</mo><mo>⋱</mo></mrow>")
        #expect(body("a\\mid b\\parallel c") == "<mrow><mi>a</mi><mo stretchy=\"false\">∣</mo><mi>b</mi><mo stretchy=\"false\">∥</mo><mi>c</mi></mrow>")
    }

    @Test func namedFunctionsAreUprightAndApplied() {
        #expect(body("\\sin x") == "<mrow><mi>sin</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi></mrow>")
        #expect(body("\\log^2 n") == "<mrow><msup><mi>log</mi><mn>2</mn></msup><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>n</mi></mrow>")
        #expect(body("\\operatorname{rank} A") == "<mrow><mi>rank</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>A</mi></mrow>")
    }

    @Test func anOperatorHasAThinSpaceBeforeAnOrdinaryOrAnotherOperator() {
        #expect(body("\\arg\\max_{x} f")
            == "<mrow><mi>arg</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><msub><mi>max</mi><mi>x</mi></msub><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>f</mi></mrow>")
        #expect(body("\\arg \\max_{x}", display: true)
            == "<mrow><mi>arg</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><munder><mi>max</mi><mi>x</mi></munder><mo>⁡</mo></mrow>")
        #expect(body("\\lim\\sum_i") == "<mrow><mi>lim</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><msub><mo movablelimits=\"false\">∑</mo><mi>i</mi></msub></mrow>")
        #expect(body("\\log\\,\\max") == "<mrow><mi>log</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mspace width=\"0.1667em\"></mspace><mi>max</mi><mo>⁡</mo></mrow>")
        #expect(body("\\sin x\\cos y") == "<mrow><mi>sin</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi><mi>cos</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>y</mi></mrow>")
        #expect(body("\\argmax_x f") == "<mrow><msub><mi>arg\u{2009}max</mi><mi>x</mi></msub><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>f</mi></mrow>")
        #expect(body("\\sin(x)\\log, \\ln -x") == "<mrow><mi>sin</mi><mo>⁡</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>"
            + "<mi>log</mi><mo>⁡</mo><mo>,</mo><mi>ln</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mo form=\"prefix\">−</mo><mi>x</mi></mrow>")
        #expect(body("\\cos\\left(x\\right)\\det\\!A") == "<mrow><mi>cos</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mi>x</mi>"
            + "<mo stretchy=\"true\" fence=\"true\">)</mo></mrow><mi>det</mi><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mspace width=\"-0.1667em\"></mspace><mi>A</mi></mrow>")
        #expect(body("\\operatorname*{arg\\,min}_x") == "<mrow><msub><mi>arg\u{2009}min</mi><mi>x</mi></msub><mo>⁡</mo></mrow>")
    }

    @Test func bigOperatorsTakeLimitsUnderInDisplayOnly() {
        #expect(body("\\sum_{i}^{n}", display: true) == "<munderover><mo movablelimits=\"false\">∑</mo><mi>i</mi><mi>n</mi></munderover>")
        #expect(body("\\sum_{i}^{n}") == "<msubsup><mo movablelimits=\"false\">∑</mo><mi>i</mi><mi>n</mi></msubsup>")
        #expect(body("\\sum\\limits_{i}") == "<munder><mo movablelimits=\"false\">∑</mo><mi>i</mi></munder>")
        #expect(body("\\sum\\nolimits_{i}", display: true) == "<msub><mo movablelimits=\"false\">∑</mo><mi>i</mi></msub>")
        #expect(body("\\int_0^1", display: true) == "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>")
        #expect(body("\\int\\limits_0^1") == "<munderover><mo>∫</mo><mn>0</mn><mn>1</mn></munderover>")
        #expect(body("\\lim_{n}a", display: true) == "<mrow><munder><mi>lim</mi><mi>n</mi></munder><mo>⁡</mo><mspace width=\"0.1667em\"></mspace><mi>a</mi></mrow>")
        #expect(body("\\argmax_x", display: true) == "<mrow><munder><mi>arg\u{2009}max</mi><mi>x</mi></munder><mo>⁡</mo></mrow>")
        #expect(body("\\operatorname*{arg\\,min}_x", display: true) == "<mrow><munder><mi>arg\u{2009}min</mi><mi>x</mi></munder><mo>⁡</mo></mrow>")
    }

    @Test func limitsInsideAFractionAreAtTheSide() {
        #expect(body("\\frac{\\sum_i a}{2}", display: true)
            == "<mfrac><mrow><msub><mo movablelimits=\"false\">∑</mo><mi>i</mi></msub><mi>a</mi></mrow><mn>2</mn></mfrac>")
    }
}
