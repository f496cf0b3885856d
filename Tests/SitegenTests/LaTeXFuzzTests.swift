import Foundation
import LaTeX
import Testing

/// Hostile values and random mutants of real-looking ones: the converter ends, shows no
/// backslash outside math, and its HTML holds no markup but its own.
///
/// `SITEGEN_LATEX_FUZZ_SECONDS` sets the fuzz budget (default 5), `SITEGEN_LATEX_FUZZ_CASES` the
/// most cases, `SITEGEN_FUZZ_SEED` the seed; a failing case is named with its index and text.
@Suite struct LaTeXFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["SITEGEN_LATEX_FUZZ_SECONDS"].flatMap(Double.init) ?? 5
    static let maximumCases = environment["SITEGEN_LATEX_FUZZ_CASES"].flatMap { Int($0) } ?? Int.max
    static let seed = environment["SITEGEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x4C61_5465_58

    static let converter: LaTeXConverter = {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: #"\def\a{\a} \def\b{\b\b} \def\c{x\c y} \newcommand{\venue}{\emph{Proc.~\c}}"#)
        return LaTeXConverter(macros: macros)
    }()

    static let ownTags = ["<strong>", "</strong>", "<em>", "</em>", "<span class=\"small-caps\">", "<span class=\"math\">",
                          "</span>", "<code>", "</code>", "<sup>", "</sup>", "<sub>", "</sub>"].map { Array($0.unicodeScalars) }

    /// The properties every conversion keeps, as a failure message, or nil.
    static func violation(of text: DisplayText) -> String? {
        for run in text.runs where run.kind == .text && run.content.unicodeScalars.contains("\\") {
            return "a backslash outside math: \(run.content.debugDescription)"
        }
        let html = Array(text.html.unicodeScalars)
        var position = 0
        while position < html.count {
            if html[position] == "<" {
                guard let tag = ownTags.first(where: { html[position...].starts(with: $0) }) else {
                    return "markup not its own in the HTML: \(text.html.debugDescription)"
                }
                position += tag.count
                continue
            }
            if html[position] == ">" || html[position] == "\"" {
                return "unescaped \(html[position]) in the HTML: \(text.html.debugDescription)"
            }
            position += 1
        }
        return nil
    }

    @Test func deepBracesAndLongRunsEnd() {
        let depth = 100_000
        let deep = Self.converter.convert(String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth))
        #expect(deep.plainText == "x")
        let unclosed = Self.converter.convert(String(repeating: #"\emph{"#, count: depth) + "y")
        #expect(unclosed.runs == [InlineRun(.text, "y", styles: .emphasis)])
        let accents = Self.converter.convert(String(repeating: #"\"{"#, count: depth) + "a")
        #expect(Array(accents.plainText.unicodeScalars) == Array("ä\u{0308}\u{0308}\u{0308}".unicodeScalars))
        let strays = Self.converter.convert(String(repeating: "}", count: depth))
        #expect(strays.plainText == String(repeating: "}", count: depth))
    }

    @Test func aHundredThousandBackslashes() {
        let even = Self.converter.convert(String(repeating: "\\", count: 100_000))
        #expect(even.plainText == "")
        let odd = Self.converter.convert(String(repeating: "\\", count: 100_001) + "&")
        #expect(odd.plainText == "&")
        #expect(odd.unknownMacros.isEmpty)
    }

    @Test func unterminatedMathAndManyDollars() {
        let count = 100_000
        #expect(Self.converter.convert("$" + String(repeating: "a", count: count)).plainText == "$" + String(repeating: "a", count: count))
        let dollars = Self.converter.convert(String(repeating: "$a", count: count))
        #expect(dollars.runs.count == count)
        let escaped = Self.converter.convert("$" + String(repeating: #"\$"#, count: count))
        #expect(escaped.plainText == String(repeating: "$", count: count + 1))
        #expect(Self.converter.convert(String(repeating: #"\("#, count: count)).plainText == String(repeating: "(", count: count))
    }

    @Test func hostileValuesKeepTheProperties() {
        let values = [
            #"<script>alert(1)</script>"#, #"\emph{<img src=x onerror=alert(1)>}"#, #"$<script>$"#,
            #"\url{"><script>}"#, #"\"<"#, #"\foo<b>"#, #"\<"#, #"\venue\venue"#, #"\a\b\c"#, "\\\u{0}\\\u{301}",
        ]
        for value in values {
            let text = Self.converter.convert(value)
            #expect(Self.violation(of: text) == nil, "\(value.debugDescription)")
        }
    }

    static let seeds = [
        #"{\"u}ber \"{u}ber \'{\i}t \c{c} \v{s} \u{g} \H{o} \k{a} \r{a} \=a \.z \~{n} \^{o} \`{a} \t{oo}"#,
        ##"Stra\ss e {\ss}e \o \O \aa \AA \l \L \ae \AE \oe \OE \i \j -- --- ``q'' ~ \& \% \$ \_ \#"##,
        #"\emph{Deep} {\em x} \textbf{\textsc{y}} \texttt{z} x\textsuperscript{2} \textsubscript{i}"#,
        #"The $\alpha$-{VAE} \(x\) $$y$$ \[z\] {{Deep}} {ReLU} \TeX\ \LaTeX{} \BibTeX \url{http://a_b}"#,
        #"\venue, \a \b \c \unknown{arg} \noopsort{1} \href{u}{t} <b>&"'</b> é 東京 \\ \par"#,
    ]

    static let fragments = [
        "\\", "{", "}", "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\\"", "\\'", "\\c", "\\t", "\\emph", "\\em",
        "\\i", "\\ss", "\\url", "\\href", "\\noopsort", "\\a", "\\b", "\\c", "\\venue", "~", "--", "``", "''",
        " ", "\n", "é", "\u{301}", "<", ">", "&", "\"", "%", "#", "^", "_", "x", "\\\\", "\\ ",
    ]

    /// A random mutant of one of the seed values: fragments inserted, spans deleted or repeated.
    static func mutant(_ generator: inout SplitMix64) -> String {
        var scalars = Array(generator.pick(seeds).unicodeScalars)
        for _ in 0..<(1 + generator.below(8)) {
            let position = generator.below(scalars.count + 1)
            switch generator.below(4) {
            case 0, 1:
                scalars.insert(contentsOf: generator.pick(fragments).unicodeScalars, at: position)
            case 2:
                let end = min(scalars.count, position + generator.below(12))
                scalars.removeSubrange(position..<end)
            default:
                let end = min(scalars.count, position + generator.below(12))
                let span = scalars[position..<end]
                scalars.insert(contentsOf: Array(repeating: span, count: 1 + generator.below(6)).joined(), at: position)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    @Test func randomMutantsKeepTheProperties() {
        let start = ContinuousClock.now
        let budget = Duration.seconds(Self.seconds)
        var cases = 0
        while cases < Self.maximumCases, ContinuousClock.now - start < budget {
            var generator = SplitMix64(seed: SplitMix64.caseSeed(Self.seed, cases))
            let value = Self.mutant(&generator)
            if let problem = Self.violation(of: Self.converter.convert(value)) {
                Issue.record("case \(cases) (seed \(Self.seed)): \(value.debugDescription): \(problem)")
                return
            }
            cases += 1
        }
        let rate = Double(cases) / max(0.001, Double((ContinuousClock.now - start).components.seconds)
            + Double((ContinuousClock.now - start).components.attoseconds) / 1e18)
        print("LaTeX fuzz: \(cases) cases, \(Int(rate)) per second, seed \(Self.seed)")
        #expect(cases > 0)
    }
}
