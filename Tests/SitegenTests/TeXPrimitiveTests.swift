import LaTeX
import Testing

/// TeX-only commands that real preambles use inside their macros show nothing (with what they
/// take), and font switches become styles.
@Suite struct TeXPrimitiveTests {
    let converter = LaTeXConverter()

    @Test func layoutCommandsWithTheirDimensionOrNumber() {
        let cases: [(String, String)] = [
            (#"a\kern-.1em b"#, "ab"), (#"a\kern 2pt b"#, "ab"), (#"a\kern.05em2"#, "a2"), (#"T\kern -0.1667EM X"#, "TX"),
            (#"a\kern=3 true mm b"#, "ab"), (#"a\kern\fontdimen3\font b"#, "ab"), (#"a\kern\thinmuskip b"#, "ab"), (#"a\kern1em."#, "a."),
            (#"x\hskip 2pt plus 1fil minus 3pt y"#, "xy"), (#"x\hskip 2pt plain"#, "xplain"), (#"x\hskip 0pt plus 1fill y"#, "xy"),
            (#"x\penalty0 y"#, "xy"), (#"x\penalty-10000y"#, "xy"), (#"x\spacefactor1000 y"#, "xy"),
            (#"A\lower.5ex\hbox{B}C"#, "ABC"), (#"A\raise.2ex\hbox{B}"#, "AB"), (#"\mkern3mu x"#, "x"),
        ]
        for (value, expected) in cases {
            #expect(converter.convert(value).plainText == expected, "\(value)")
            #expect(converter.convert(value).unknownMacros.isEmpty, "\(value)")
        }
    }

    @Test func ifmmodeTakesTheTextBranch() {
        let cases: [(String, String)] = [
            (#"a\ifmmode\mskip\thinmuskip\else\thinspace\fi b"#, "a\u{202F}b"),
            (#"a\ifmmode x\fi b"#, "ab"),
            (#"\ifmmode \ifx a b\else c\fi \else text\fi!"#, "text!"),
            (#"\ifmmode never"#, ""),
            // An `\else` met while reading ends a branch that was shown: the rest, up to `\fi`, is not.
            (#"a\else b\ifx c\else d\fi e\else f\fi g"#, "ag"),
        ]
        for (value, expected) in cases {
            let text = converter.convert(value)
            #expect(text.plainText == expected, "\(value)")
            #expect(text.unknownMacros.isEmpty, "\(value)")
        }
    }

    @Test func commandsShownAsNothing() {
        let text = converter.convert(#"\leavevmode\null\relax A\protect\emph{b}\/\@. c\ d\nobreak e"#)
        #expect(text.html == "A<em>b</em>. c de")
        #expect(text.unknownMacros.isEmpty)
    }

    @Test func unskipTakesBackASpace() {
        #expect(converter.convert(#"P.O. Box \unskip~9506"#).plainText == "P.O. Box\u{A0}9506")
        #expect(converter.convert(#"\unskip x"#).plainText == "x")
        #expect(converter.convert(#"ab\unskip c"#).plainText == "abc")
        #expect(converter.convert(#"{\"o }\unskip x"#).plainText == "öx")
    }

    @Test func xspaceAddsASpaceBeforeAWord() {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: #"\def\TUB{TUGboat\xspace}"#)
        let converter = LaTeXConverter(macros: macros)
        #expect(converter.convert(#"\TUB is, \TUB. (\TUB) \TUB\ x \TUB{} y"#).plainText == "TUGboat is, TUGboat. (TUGboat) TUGboat x TUGboat y")
        #expect(converter.convert(#"\TUB"#).plainText == "TUGboat")
    }

    @Test func fontSwitchesAsStyles() {
        let text = converter.convert(#"{\sc a} {\it b} {\sl c} {\bf d} {\tt e} {\rm f} {\sf g} {\small h} {\footnotesize i} {\scriptsize j} {\large k}"#)
        #expect(text.html == #"<span class="small-caps">a</span> <em>b</em> <em>c</em> <strong>d</strong> <code>e</code> f g h i j k"#)
        #expect(text.unknownMacros.isEmpty)
        let plain = converter.convert(#"{\smc ctan} {\SMC html} \llap{l}\rlap{r}\smash{s}"#)
        #expect(plain.html == #"<span class="small-caps">ctan</span> <span class="small-caps">html</span> lrs"#)
        #expect(plain.unknownMacros.isEmpty)
    }

    @Test func aRealPreamblesMacros() {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: #"""
            \def\acro#1{{\small #1}} \def\Dash{\nobreak\thinspace---\penalty0\thinspace}
            \def\pkg#1{{{\small \sf #1}}} \def\booktitle#1{{{\em #1}}} \def\PS{{\sc Post\-Script}}
            \def\LaTeXe{\LaTeX{}\kern.05em2$_{\textstyle\varepsilon}$}
            """#)
        let text = LaTeXConverter(macros: macros).convert(#"The \acro{TUG} meeting\Dash the \pkg{url} package, \booktitle{A Book}, \PS{} and \LaTeXe"#)
        #expect(text.plainText == "The TUG meeting\u{202F}—\u{202F}the url package, A Book, PostScript and LaTeX2_{\\textstyle\\varepsilon}")
        #expect(text.unknownMacros.isEmpty)
    }
}
