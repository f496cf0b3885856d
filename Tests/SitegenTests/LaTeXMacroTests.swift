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
            \newcommand{\witharg}[1]{#1} \def\param#1{#1} \def\open{never closed
            """#)
        #expect(defined == ["foo", "bar", "qux", "quux", "zap", "new"])
        #expect(macros.names == ["bar", "foo", "new", "quux", "qux", "zap"])
        let text = LaTeXConverter(macros: macros).convert(#"\foo\ \bar, \qux-\quux{} \zap{} \new{} \witharg{x}"#)
        #expect(text.plainText == "Foo Bär, Q-QQ Z N withargx")
        #expect(text.unknownMacros == ["witharg"])
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

    @Test func expansionStopsAtTheLimit() {
        let big = String(repeating: "x", count: 1_000)
        let text = converter("\\def\\big{\(big)}").convert(String(repeating: #"\big "#, count: 20))
        #expect(text.plainText == String(repeating: big, count: 9) + String(repeating: "big", count: 11))
        #expect(text.unexpandedMacros == ["big"])
    }
}
