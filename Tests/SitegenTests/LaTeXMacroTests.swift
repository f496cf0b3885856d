import LaTeX
import Testing

/// User macros from a bibliography's `@preamble`: which definitions are read, and expansion
/// within its bound.
@Suite struct LaTeXMacroTests {
    func converter(_ preamble: String) -> LaTeXConverter {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: preamble)
        return LaTeXConverter(macros: macros)
    }

    @Test func definitionsOfEachSpelling() {
        var macros = LaTeXMacros()
        let defined = macros.addDefinitions(fromPreamble: #"""
            \def\foo{Foo} \gdef \bar {B\"ar} \newcommand{\qux}{Q} \newcommand\quux{QQ}
            \renewcommand*{\zap}{Z} \providecommand{\foo}{not this} \providecommand{\new}{N}
            \newcommand{\witharg}[1]{(#1)} \def\param#1{[#1]} \def\delimited#1.{#1} \def\swapped#2#1{#1} \def\open{never closed
            """#)
        #expect(defined == ["foo", "bar", "qux", "quux", "zap", "new", "witharg", "param"])
        #expect(macros.names == ["bar", "foo", "new", "param", "quux", "qux", "witharg", "zap"])
        let text = LaTeXConverter(macros: macros).convert(#"\foo\ \bar, \qux-\quux{} \zap{} \new{} \witharg{x} \param y \delimited z. \swapped{a}"#)
        #expect(text.plainText == "Foo Bär, Q-QQ Z N (x) [y] delimitedz. swappeda")
        #expect(text.unknownMacros == ["delimited", "swapped"])
    }

    @Test func parametersOfEachSpelling() {
        let text = converter(#"""
            \newcommand{\one}[1]{<#1>} \newcommand*\two[2]{#2/#1} \renewcommand{\three}[ 3 ]{#1#2#3}
            \def\swap#1#2{#2#1} \gdef \booktitle #1{{{\em #1}}} \DeclareRobustCommand{\hash}[1]{##1=#1}
            \ifx \undefined \nth \def \nth #1{#1th} \fi
            """#).convert(#"\one{a} \two{b}{c} \three x{y}\z \swap ab \booktitle{T} \hash{h} \nth{4}"#)
        #expect(text.html == "&lt;a&gt; c/b xyzba <em>T</em> #1=h 4th")
        #expect(text.unknownMacros == ["z"])
    }

    @Test func argumentsAreGroupsOrSingleTokens() {
        let macros = converter(#"\newcommand{\b}[1]{[#1]} \newcommand{\pair}[2]{#1|#2}"#)
        #expect(macros.convert(#"\b{two words} \b  x \b\&y \b\emph{z} \b{\b{n}}"#).plainText == "[two words] [x] [&]y []z [[n]]")
        #expect(macros.convert(#"\pair{a}"#).plainText == "a|")
        #expect(macros.convert(#"{\pair a}b"#).plainText == "a|b")
        #expect(macros.convert(#"\b{unclosed"#).plainText == "[unclosed]")
    }

    @Test func anArgumentMayFollowTheMacroThatTakesIt() {
        let text = converter(#"\newcommand{\acro}[1]{\textsc{#1}} \def\PDF{\acro} \def\TUB{TUG\acro}"#).convert(#"\PDF{pdf} \TUB{boat}"#)
        #expect(text.html == #"<span class="small-caps">pdf</span> TUG<span class="small-caps">boat</span>"#)
    }

    @Test func optionalFirstArgument() {
        let macros = converter(#"\newcommand{\opt}[2][def]{#1:#2} \newcommand{\only}[1][none]{<#1>} \newcommand{\bad}[0][x]{B}"#)
        #expect(macros.convert(#"\opt{a} \opt[b]{c} \opt [{]}]{d} \only \only[x]"#).plainText == "def:a b:c ]:d <none><x>")
        #expect(macros.convert(#"\opt[unclosed{e}"#).plainText == "def:[unclosede")
        #expect(macros.convert(#"\bad"#).unknownMacros == ["bad"])
    }

    @Test func provideKeepsTheFirstDefinition() {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: #"\providecommand{\p}[1]{first #1} \providecommand{\p}[2]{second #1#2}"#)
        macros.addDefinitions(fromPreamble: #"\providecommand\p{third}"#)
        #expect(LaTeXConverter(macros: macros).convert(#"\p{a}{b}"#).plainText == "first ab")
    }

    @Test func definedThroughTheAPI() {
        var macros = LaTeXMacros()
        macros.define("pkg", parameters: 1, as: #"\textsf{#1}"#)
        macros.define("cite", parameters: 2, optionalDefault: "p.", as: "#2 (#1)")
        macros.define("many", parameters: 12, as: "#9")
        let converter = LaTeXConverter(macros: macros)
        #expect(converter.convert(#"\pkg{url} \cite{K} \cite[ch.]{L} \many123456789"#).plainText == "url K (p.) L (ch.) 9")
    }

    @Test func bodiesAreConvertedAndMayUseOtherMacros() {
        let text = converter(#"\def\venue{\emph{Proc.\ \conf}} \def\conf{Ann.~Conf.}"#).convert(#"In \venue{} 2020"#)
        #expect(text.html == "In <em>Proc. Ann.\u{A0}Conf.</em> 2020")
    }

    @Test func aMacroAsAnAccentsArgument() {
        #expect(converter(#"\def\letter{o}"#).convert(#"\"\letter"#).plainText == "ö")
    }

    @Test func userMacrosTakePrecedenceOverBuiltIns() {
        #expect(converter(#"\def\TeX{TEX}"#).convert(#"\TeX"#).plainText == "TEX")
    }

    @Test func selfReferenceEndsAtTheBound() {
        let looping = converter(#"\def\a{\a} \def\b{\b\b} \def\c{x\c y}"#)
        for name in ["a", "b", "c"] {
            let text = looping.convert("\\\(name) end")
            #expect(text.unexpandedMacros == [name])
            #expect(text.unknownMacros.isEmpty)
            #expect(!text.plainText.contains("\\"))
            #expect(text.plainText.hasSuffix("end"))
        }
        #expect(looping.convert(#"\a"#).plainText == "a")
        let nested = looping.convert(#"\c"#).plainText
        #expect(nested == String(repeating: "x", count: LaTeXMacros.nestingLimit) + "c" + String(repeating: "y", count: LaTeXMacros.nestingLimit))
    }

    @Test func selfCallingWithArgumentsEndsAtTheBound() {
        let looping = converter(#"\def\r#1{#1\r{#1}} \def\d#1{\d{#1#1}} \newcommand{\o}[1][\o]{\o[#1#1]}"#)
        for name in ["r", "d", "o"] {
            let text = looping.convert("\\\(name){ab} end")
            #expect(text.unexpandedMacros == [name])
            #expect(text.unknownMacros.isEmpty)
            #expect(text.plainText.hasSuffix("end"))
        }
        let nested = converter(#"\def\n#1{#1\n{#1}.}"#).convert(#"\n{x} end"#)
        let limit = LaTeXMacros.nestingLimit
        #expect(nested.plainText == String(repeating: "x", count: limit) + "nx" + String(repeating: ".", count: limit) + " end")
        let tail = looping.convert(#"\r{x} end"#).plainText
        #expect(tail.count > LaTeXMacros.expansionLimit / 10 && tail.hasSuffix("xrx end"))
    }

    @Test func argumentsCountAgainstTheExpansionLimit() {
        let big = String(repeating: "x", count: 1_000)
        let text = converter(#"\newcommand{\twice}[1]{#1#1}"#).convert(String(repeating: "\\twice{\(big)}", count: 6))
        #expect(text.plainText == String(repeating: big, count: 8) + "twicetwice")
        #expect(text.unexpandedMacros == ["twice"])
    }

    @Test func aBodyLongerThanWhatItSplicesInIsCharged() {
        let body = String(repeating: "#1", count: 1_000)
        let text = converter("\\def\\gone#1{\(body)}").convert(String(repeating: #"\gone{} "#, count: 12) + "end")
        #expect(text.plainText == String(repeating: "gone ", count: 8) + "end")
        #expect(text.unexpandedMacros == ["gone"])
    }

    @Test func expansionStopsAtTheLimit() {
        let big = String(repeating: "x", count: 1_000)
        let text = converter("\\def\\big{\(big)}").convert(String(repeating: #"\big "#, count: 20))
        #expect(text.plainText == String(repeating: big, count: 9) + String(repeating: "big", count: 11))
        #expect(text.unexpandedMacros == ["big"])
    }
}
