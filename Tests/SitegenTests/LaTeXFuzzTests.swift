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

    static let converter = LaTeXMutants.converter

    @Test func deepBracesAndLongRunsEnd() {
        let depth = 100_000
        let deep = Self.converter.convert(String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth))
        #expect(deep.plainText == "x")
        let unclosed = Self.converter.convert(String(repeating: #"\emph{"#, count: depth) + "y")
        #expect(unclosed.runs == [InlineRun(.text, "y", styles: .emphasis, isCaseProtected: true)])
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
            #expect(LaTeXMutants.violation(of: text) == nil, "\(value.debugDescription)")
        }
    }

    @Test func randomMutantsKeepTheProperties() {
        let start = ContinuousClock.now
        let budget = Duration.seconds(Self.seconds)
        var cases = 0
        while cases < Self.maximumCases, ContinuousClock.now - start < budget {
            var generator = SplitMix64(seed: SplitMix64.caseSeed(Self.seed, cases))
            let value = LaTeXMutants.mutant(&generator)
            if let problem = LaTeXMutants.violation(of: LaTeXMutants.converter(&generator).convert(value)) {
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
