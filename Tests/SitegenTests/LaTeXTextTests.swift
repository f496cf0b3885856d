import LaTeX
import Testing

/// The LaTeX-to-display-text converter on each construct of BibTeX values: exact plain text and
/// exact HTML.
@Suite struct LaTeXTextTests {
    let converter = LaTeXConverter()

    func plain(_ text: String) -> String {
        converter.convert(text).plainText
    }

    func html(_ text: String) -> String {
        converter.convert(text).html
    }

    @Test(arguments: [
        (#"{\"u}"#, "ü"), (#"\"{u}"#, "ü"), (#"\"u"#, "ü"), (#"\" u"#, "ü"), (#"{\'e}"#, "é"),
        (#"\'{\i}"#, "í"), (#"\'\i"#, "í"), (#"{\'\i}"#, "í"), (#"\^{\j}"#, "ĵ"), (#"\c{c}"#, "ç"), (#"\c c"#, "ç"),
        (#"\v{s}"#, "š"), (#"\u{g}"#, "ğ"), (#"\H{o}"#, "ő"), (#"\k{a}"#, "ą"), (#"\r{a}"#, "å"),
        (#"\=a"#, "ā"), (#"\.z"#, "ż"), (#"\~{n}"#, "ñ"), (#"\^{o}"#, "ô"), (#"\`{a}"#, "à"),
        (#"\d{s}"#, "ṣ"), (#"\b{k}"#, "ḵ"), (#"\t{oo}"#, "o\u{0361}o"), (#"\={\"a}"#, "ǟ"), (#"\"{\=a}"#, "\u{0101}\u{0308}"),
        (#"\"{}"#, "¨"), (#"\~{}"#, "~"), (#"\d{q}"#, "q\u{0323}"),
    ])
    func accentsComposeToNFC(_ pair: (String, String)) {
        let shown = plain(pair.0)
        #expect(shown == pair.1)
        #expect(Array(shown.unicodeScalars) == Array(pair.1.unicodeScalars))
    }

    @Test func accentsInsideWords() {
        #expect(plain(#"Schr\"odinger and G\"{o}del, Erd\H{o}s, \v{C}ech, Pe\~na"#) == "Schrödinger and Gödel, Erdős, Čech, Peña")
        #expect(plain(#"Fran{\c c}ois Ch\^{a}teau M{\'e}nard"#) == "François Château Ménard")
    }

    @Test(arguments: [
        (#"\ss"#, "ß"), (#"\o"#, "ø"), (#"\O"#, "Ø"), (#"\aa"#, "å"), (#"\AA"#, "Å"), (#"\l"#, "ł"),
        (#"\L"#, "Ł"), (#"\ae"#, "æ"), (#"\AE"#, "Æ"), (#"\oe"#, "œ"), (#"\OE"#, "Œ"), (#"\i"#, "ı"), (#"\j"#, "ȷ"),
    ])
    func specialLetters(_ pair: (String, String)) {
        #expect(plain(pair.0) == pair.1)
    }

    @Test func aControlWordEatsTheSpacesAfterIt() {
        #expect(plain(#"Stra\ss e"#) == "Straße")
        #expect(plain(#"{\ss}e"#) == "ße")
        #expect(plain(#"Stra\ss{}e"#) == "Straße")
        #expect(plain(#"\L\'od\'z and {\O}rsted"#) == "Łódź and Ørsted")
    }

    @Test func punctuation() {
        #expect(plain("a~b") == "a\u{A0}b")
        #expect(plain("1--2, a---b, c-d, e----f") == "1–2, a—b, c-d, e—-f")
        #expect(plain("``quoted'' and `single' ?`no !`si") == "“quoted” and ‘single' ¿no ¡si")
        #expect(plain(##"\& \% \$ \_ \# \{ \}"##) == "& % $ _ # { }")
        #expect(plain(#"a\textendash b\textemdash c\emdash\ d\slash e\ldots f\dots"#) == "a–b—c— d/e…f…")
        #expect(plain(#"\textquoteleft x\textquoteright\ \guillemotleft y\guillemotright"#) == "‘x’ «y»")
        #expect(plain(#"\S 3 \P 2 \copyright\ \textregistered\ \texttrademark\ 5\textdegree\ \pounds 3 \euro 4"#)
            == "§3 ¶2 © ® ™ 5° £3 €4")
    }

    @Test func logos() {
        #expect(plain(#"\TeX, \LaTeX, \BibTeX, \AMS, \METAFONT, \XeTeX, \LuaTeX"#) == "TeX, LaTeX, BibTeX, AMS, METAFONT, XeTeX, LuaTeX")
        #expect(plain(#"The \TeX book"#) == "The TeXbook")
        #expect(plain(#"The \TeX{} book"#) == "The TeX book")
        #expect(converter.convert(#"\LaTeX"#).unknownMacros.isEmpty)
    }

    @Test func protectiveBracesAreRemoved() {
        #expect(plain("{ReLU} networks") == "ReLU networks")
        #expect(plain("{{Deep}} {{Learning}}") == "Deep Learning")
        #expect(plain("The {B}ayesian {{GAN}}") == "The Bayesian GAN")
        #expect(converter.convert("{ReLU}").runs == [InlineRun(.text, "ReLU", isCaseProtected: true)])
    }

    @Test func whitespaceCollapsesAndIsTrimmed() {
        #expect(plain("  A title\n    over   two lines\t ") == "A title over two lines")
        #expect(plain(#"a\\b \par c"#) == "a b c")
    }

    @Test func fontCommandsBecomeMarkup() {
        #expect(html(#"\emph{Deep} and \textit{it}"#) == "<em>Deep</em> and <em>it</em>")
        #expect(html(#"\textbf{B} \textsc{Sc} \texttt{tt}"#)
            == #"<strong>B</strong> <span class="small-caps">Sc</span> <code>tt</code>"#)
        #expect(html(#"x\textsuperscript{2} H\textsubscript{2}O"#) == "x<sup>2</sup> H<sub>2</sub>O")
        #expect(html(#"a {\em b} {\it c} {\bf d} e"#) == "a <em>b</em> <em>c</em> <strong>d</strong> e")
        #expect(html(#"\textbf{bold \emph{both}} \emph{x}"#) == "<strong>bold <em>both</em></strong> <em>x</em>")
        #expect(html(#"\emph{\textbf{x}y}"#) == "<em><strong>x</strong>y</em>")
        #expect(html(#"\emph x y"#) == "<em>x</em> y")
        #expect(plain(#"\emph{Deep} \textsc{Sc}"#) == "Deep Sc")
        #expect(converter.convert(#"\textbf{a}"#).runs == [InlineRun(.text, "a", styles: .bold, isCaseProtected: true)])
    }

    @Test func mathIsKeptAsItsSource() {
        let text = converter.convert(#"The $\alpha$-{VAE} and \(x^2\) in $$\sum_i a_i$$ with \[y\]"#)
        #expect(text.runs == [
            InlineRun(.text, "The "), InlineRun(.math, #"\alpha"#), InlineRun(.text, "-"), InlineRun(.text, "VAE", isCaseProtected: true), InlineRun(.text, " and "),
            InlineRun(.math, "x^2"), InlineRun(.text, " in "), InlineRun(.math, #"\sum_i a_i"#),
            InlineRun(.text, " with "), InlineRun(.math, "y"),
        ])
        #expect(text.plainText == #"The \alpha-VAE and x^2 in \sum_i a_i with y"#)
        #expect(text.html == #"The <span class="math">\alpha</span>-VAE and <span class="math">x^2</span> in "#
            + #"<span class="math">\sum_i a_i</span> with <span class="math">y</span>"#)
        #expect(text.unknownMacros.isEmpty)
        #expect(converter.convert(#"$a\$b$"#).runs == [InlineRun(.math, #"a\$b"#)])
    }

    @Test func unterminatedMathIsText() {
        #expect(plain("costs 5$ or more") == "costs 5$ or more")
        #expect(plain("$$x") == "$$x")
        #expect(plain(#"\(x"#) == "(x")
        #expect(plain(#"\[x"#) == "[x")
    }

    @Test func unknownMacrosShowTheirNameAndAreListed() {
        let text = converter.convert(#"\foo{bar} \baz\foo \? x"#)
        #expect(text.plainText == "foobar bazfoo? x")
        #expect(text.unknownMacros == ["foo", "baz", "?"])
    }

    @Test func commandsWithSpecialArguments() {
        #expect(html(#"see \url{https://x.org/a_b~c%20} now"#) == "see <code>https://x.org/a_b~c%20</code> now")
        #expect(plain(#"\href{https://x.org}{the site}"#) == "the site")
        #expect(plain(#"{\noopsort{1973}}Title"#) == "Title")
        #expect(plain(#"\mbox{a--b} \textrm{c}"#) == "a–b c")
    }

    @Test func strayAndUnclosedBracesNeverFail() {
        #expect(plain("a}b{c") == "a}bc")
        #expect(plain(#"\emph{open"#) == "open")
        #expect(html(#"\emph{open"#) == "<em>open</em>")
        #expect(plain(#"\"{u"#) == "ü")
        #expect(plain(#"x\""#) == "x¨")
        #expect(plain("trailing\\") == "trailing")
        #expect(plain(#"\emph}x"#) == "}x")
    }

    @Test func rawUTF8PassesThroughUnchanged() {
        let raw = "Jürgen Ko\u{0308}nig — 東京 🧪 Ελληνικά"
        #expect(Array(plain(raw).unicodeScalars) == Array(raw.unicodeScalars))
    }

    @Test func htmlIsEscaped() {
        #expect(html(#"<script>alert("x") & 'y'</script>"#) == "&lt;script&gt;alert(&quot;x&quot;) &amp; 'y'&lt;/script&gt;")
        #expect(html(#"$a<b$"#) == #"<span class="math">a&lt;b</span>"#)
        #expect(html(#"\emph{<b>}"#) == "<em>&lt;b&gt;</em>")
        #expect(plain("<b>") == "<b>")
    }
}

extension LaTeXTextTests {
    @Test func overlappingStylesNestWithTheLongestOutside() {
        #expect(html(#"\emph{\textbf{x}y} \textbf{a\emph{b}}"#) == "<em><strong>x</strong>y</em> <strong>a<em>b</em></strong>")
        #expect(html(#"\textsc{\texttt{\textbf{a}b}c}d"#)
            == #"<span class="small-caps"><code><strong>a</strong>b</code>c</span>d"#)
        #expect(html(#"{\bf\em a}"#) == "<strong><em>a</em></strong>")
    }
}

extension LaTeXTextTests {
    @Test func runsTellWhichTextBracesProtect() {
        #expect(converter.convert(#"The {B}ayesian {{GAN}}, {\"O}l and \emph{Deep} {\em Net {\"o}x} {x{\"o}}"#).runs == [
            InlineRun(.text, "The "), InlineRun(.text, "B", isCaseProtected: true), InlineRun(.text, "ayesian "),
            InlineRun(.text, "GAN", isCaseProtected: true), InlineRun(.text, ", Öl and "),
            InlineRun(.text, "Deep", styles: .emphasis, isCaseProtected: true), InlineRun(.text, " "),
            InlineRun(.text, "Net ", styles: .emphasis), InlineRun(.text, "ö", styles: .emphasis, isCaseProtected: true),
            InlineRun(.text, "x", styles: .emphasis), InlineRun(.text, " "), InlineRun(.text, "xö", isCaseProtected: true),
        ])
    }
}
