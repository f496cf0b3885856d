import Testing
@testable import TeXMath

/// Fonts as Unicode math alphabets, text, accents, braces and stacking.
@Suite struct FontTextAccentTests {
    @Test func fontsMapToMathAlphanumerics() {
        #expect(body("\\mathbb{R}\\mathbb{A}") == "<mrow><mi>ℝ</mi><mi>𝔸</mi></mrow>")
        #expect(body("\\mathcal{A}\\mathscr{L}\\mathfrak{A}") == "<mrow><mi>𝒜</mi><mi>ℒ</mi><mi>𝔄</mi></mrow>")
        #expect(body("\\mathbf{A}1") == "<mrow><mi>𝐀</mi><mn>1</mn></mrow>")
        #expect(body("\\mathbf{12}") == "<mn>𝟏𝟐</mn>")
        #expect(body("\\boldsymbol{\\alpha}\\bm{x}") == "<mrow><mi>𝜶</mi><mi>𝒙</mi></mrow>")
        #expect(body("\\mathrm{d}x") == "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>")
        #expect(body("\\mathsf{A}\\mathtt{a}") == "<mrow><mi>𝖠</mi><mi>𝚊</mi></mrow>")
        #expect(body("\\mathbf{\\Gamma}") == "<mi>𝚪</mi>")
        #expect(body("\\bm{\\Sigma}\\boldsymbol{\\sigma}") == "<mrow><mi>𝚺</mi><mi>𝝈</mi></mrow>")
    }

    @Test func textIsMtextWithMathInside() {
        #expect(body("\\text{if } x") == "<mrow><mtext>if\u{A0}</mtext><mi>x</mi></mrow>")
        #expect(body("\\textbf{B}") == "<mtext style=\"font-weight:bold\">B</mtext>")
        #expect(body("\\text{for $x<1$}") == "<mrow><mtext>for\u{A0}</mtext><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow></mrow>")
        #expect(body("\\mbox{\\'e\\%}") == "<mtext>e\u{301}%</mtext>")
    }

    @Test func accentsAreMoversWithAccent() {
        #expect(body("\\hat{x}") == "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>")
        #expect(body("\\widehat{xy}") == "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">^</mo></mover>")
        #expect(body("\\vec v") == "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>")
        #expect(body("\\underline{x}") == "<munder accentunder=\"true\"><mi>x</mi><mo stretchy=\"true\">‾</mo></munder>")
        #expect(body("\\overline{x}") == "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"true\">‾</mo></mover>")
    }

    @Test func bracesCarryTheirLabels() {
        #expect(body("\\underbrace{a}_{n}") == "<munder><munder><mi>a</mi><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder>")
        #expect(body("\\overbrace{a}^{n}") == "<mover><mover><mi>a</mi><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>")
    }

    @Test func stacking() {
        #expect(body("\\overset{!}{=}") == "<mover><mo>=</mo><mo>!</mo></mover>")
        #expect(body("\\underset{x}{\\sim}") == "<munder><mo>∼</mo><mi>x</mi></munder>")
        #expect(body("\\stackrel{d}{\\to}") == "<mover><mo>→</mo><mi>d</mi></mover>")
    }

    @Test func spacingColourBoxAndPhantom() {
        #expect(body("a\\,b\\quad c\\!d~e") == "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi><mspace width=\"1em\"></mspace><mi>c</mi><mspace width=\"-0.1667em\"></mspace><mi>d</mi><mspace width=\"0.25em\"></mspace><mi>e</mi></mrow>")
        #expect(body("\\hspace{2em}\\hspace{9pt}\\mkern18mu") == "<mrow><mspace width=\"2em\"></mspace><mspace width=\"0.9em\"></mspace><mspace width=\"1em\"></mspace></mrow>")
        #expect(body("a{\\color{red}b c}") == "<mrow><mi>a</mi><mrow style=\"color:red\"><mi>b</mi><mi>c</mi></mrow></mrow>")
        #expect(body("\\textcolor{#00FF00}{x}") == "<mrow style=\"color:#00FF00\"><mi>x</mi></mrow>")
        #expect(body("\\boxed{x}") == "<mrow style=\"border:0.06em solid;padding:0.2em\"><mi>x</mi></mrow>")
        #expect(body("\\phantom{x}") == "<mphantom><mi>x</mi></mphantom>")
    }
}

/// `\left … \right`, `\big`, `\binom`, `\not`.
@Suite struct DelimiterTests {
    @Test func leftMiddleRightStretch() {
        #expect(body("\\left(x\\middle|y\\right)")
            == "<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mi>x</mi><mo stretchy=\"true\">|</mo><mi>y</mi><mo stretchy=\"true\" fence=\"true\">)</mo></mrow>")
        #expect(body("\\left.x\\right\\rangle") == "<mrow><mi>x</mi><mo stretchy=\"true\" fence=\"true\">⟩</mo></mrow>")
        #expect(body("\\left\\lfloor x\\right\\rceil")
            == "<mrow><mo stretchy=\"true\" fence=\"true\">⌊</mo><mi>x</mi><mo stretchy=\"true\" fence=\"true\">⌉</mo></mrow>")
        #expect(body("\\left\\{x\\right\\}")
            == "<mrow><mo stretchy=\"true\" fence=\"true\">{</mo><mi>x</mi><mo stretchy=\"true\" fence=\"true\">}</mo></mrow>")
    }

    @Test func barsAsFencesHaveNoRelationSpace() {
        #expect(body("\\lVert x\\rVert") == "<mrow><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">∥</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">∥</mo></mrow>")
        #expect(body("|x|+|y|") == "<mrow><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mo>+</mo>"
            + "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mi>y</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo></mrow>")
        #expect(body("\\left|x\\middle|y\\right|") == "<mrow><mo stretchy=\"true\" fence=\"true\">|</mo><mi>x</mi><mo stretchy=\"true\">|</mo><mi>y</mi>"
            + "<mo stretchy=\"true\" fence=\"true\">|</mo></mrow>")
        #expect(body("a\\mid b") == "<mrow><mi>a</mi><mo stretchy=\"false\">∣</mo><mi>b</mi></mrow>")
    }

    @Test func plainDelimitersDoNotStretch() {
        #expect(body("f(x)") == "<mrow><mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>")
        #expect(body("[a]\\{b\\}") == "<mrow><mo stretchy=\"false\">[</mo><mi>a</mi><mo stretchy=\"false\">]</mo>"
            + "<mo stretchy=\"false\">{</mo><mi>b</mi><mo stretchy=\"false\">}</mo></mrow>")
        #expect(body("\\{x\\}_{i}") == "<mrow><mo stretchy=\"false\">{</mo><mi>x</mi><msub><mo stretchy=\"false\">}</mo><mi>i</mi></msub></mrow>")
        #expect(body("\\langle a\\rangle|b|") == "<mrow><mo stretchy=\"false\">⟨</mo><mi>a</mi><mo stretchy=\"false\">⟩</mo>"
            + "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mi>b</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo></mrow>")
        #expect(body("\\lvert a\\rvert") == "<mrow><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">∣</mo><mi>a</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">∣</mo></mrow>")
        #expect(body("\\lceil a\\rfloor\\llbracket\\uparrow a/b") == "<mrow><mo stretchy=\"false\">⌈</mo><mi>a</mi><mo stretchy=\"false\">⌋</mo>"
            + "<mo stretchy=\"false\">⟦</mo><mo stretchy=\"false\">↑</mo><mi>a</mi><mo stretchy=\"false\">/</mo><mi>b</mi></mrow>")
        #expect(body("a+b\\to c") == "<mrow><mi>a</mi><mo>+</mo><mi>b</mi><mo>→</mo><mi>c</mi></mrow>")
    }

    @Test func delimitersInsideBigOnesDoNotStretch() {
        #expect(body("\\bigl(\\langle a\\rangle\\bigr)") == "<mrow><mo stretchy=\"true\" fence=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>"
            + "<mo stretchy=\"false\">⟨</mo><mi>a</mi><mo stretchy=\"false\">⟩</mo><mo stretchy=\"true\" fence=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">)</mo></mrow>")
        #expect(body("\\left(f(x)\\right)") == "<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mrow><mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi>"
            + "<mo stretchy=\"false\">)</mo></mrow><mo stretchy=\"true\" fence=\"true\">)</mo></mrow>")
    }

    @Test func bigDelimitersHaveFixedSizes() {
        #expect(body("\\big(") == "<mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>")
        #expect(body("\\Bigl\\lVert") == "<mo stretchy=\"true\" fence=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\" lspace=\"0em\" rspace=\"0em\">∥</mo>")
        #expect(body("\\biggr]") == "<mo stretchy=\"true\" fence=\"true\" minsize=\"2.047em\" maxsize=\"2.047em\">]</mo>")
        #expect(body("\\Bigg|") == "<mo stretchy=\"true\" minsize=\"2.470em\" maxsize=\"2.470em\" lspace=\"0em\" rspace=\"0em\">|</mo>")
    }

    @Test func binomialIsAFractionWithoutLineInParentheses() {
        #expect(body("\\binom{n}{k}")
            == "<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo stretchy=\"true\" fence=\"true\">)</mo></mrow>")
    }

    @Test func negatedRelations() {
        #expect(body("a\\not=b") == "<mrow><mi>a</mi><mo>≠</mo><mi>b</mi></mrow>")
        #expect(body("\\not\\in") == "<mo>∉</mo>")
        #expect(body("\\not\\models") == "<mo>⊭</mo>")
        #expect(body("\\not\\propto") == "<mo>∝\u{338}</mo>")
    }
}
