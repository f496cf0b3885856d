import Foundation
@testable import JekyllImport
@testable import Markdown
import Testing
import YAML

/// Random runs of Liquid's pieces (delimiters, `if`/`raw`/`comment` tags, code fences, formulas,
/// quotes, line breaks), read by the build's `LiquidRewrite` and by the importer's
/// `LiquidRewriter`. The build's reading keeps every line where it was and tells each tag at the
/// line and column where its `{` stands; the importer keeps every tag it notes, notes it at its
/// line, changes a text without `{` in no way, and gives its own output back unchanged.
///
/// `SITEGEN_LIQUID_FUZZ_SECONDS` sets the budget of each test (default 3),
/// `SITEGEN_LIQUID_FUZZ_CASES` the most cases, `SITEGEN_FUZZ_SEED` the seed; a failing case is
/// named with its index and text.
@Suite struct LiquidFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["SITEGEN_LIQUID_FUZZ_SECONDS"].flatMap(Double.init) ?? 3
    static let maximumCases = environment["SITEGEN_LIQUID_FUZZ_CASES"].flatMap { Int($0) } ?? Int.max
    static let seed = environment["SITEGEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x4C69_7175

    static let pieces = [
        "{%", "%}", "{{", "}}", "{%-", "-%}", "{{-", "-}}", " if site.flag ", " if site.none ", " unless site.flag ",
        " elsif site.flag ", " elsif page.x ", " if page.x ", " else ", " endif ", " endunless ", " raw ", " endraw ",
        " comment ", " endcomment ", " include toc ", " site.baseurl ", " 'x' | relative_url ", " site.title ",
        " link _pages/cv.md ", "`", "```\n", "$", "$$", "\\(", "\n", "\n\n", "\r\n", " ", "\t", "text", "é", "😀", "==",
        " true ", "'", "\"", "{", "}", "%", "-", "    ",
    ]

    /// A random run of pieces, or a run with whole tags dropped in.
    static func text(_ generator: inout SplitMix64) -> String {
        (0..<generator.below(40)).map { _ in
            guard generator.chance(30) else { return generator.pick(pieces) }
            let tag = generator.pick([" if site.flag ", " endif ", " else ", " raw ", " endraw ", " include x.html ", " if page.y "])
            return generator.chance(70) ? "{%\(tag)%}" : "{{\(generator.pick([" site.baseurl ", " page.title ", " 'a\nb' | relative_url "]))}}"
        }.joined()
    }

    static func run(_ name: String, _ check: (String) -> String?) {
        let start = ContinuousClock.now
        var cases = 0
        while cases < maximumCases, ContinuousClock.now - start < .seconds(seconds) {
            var generator = SplitMix64(seed: SplitMix64.caseSeed(seed, cases))
            let text = Self.text(&generator)
            if let problem = check(text) {
                Issue.record("case \(cases) (seed \(seed)): \(text.debugDescription): \(problem)")
                return
            }
            cases += 1
        }
        print("Liquid fuzz, \(name): \(cases) cases, seed \(seed)")
        #expect(cases > 0)
    }

    @Test func theBuildKeepsLinesAndTellsEachTagWhereItStands() {
        Self.run("build") { text in
            guard let rewrite = LiquidRewrite.apply(to: text) else { return nil }
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
            if rewrite.text.utf8.count(where: { $0 == UInt8(ascii: "\n") }) != lines.count - 1 {
                return "the line breaks changed: \(rewrite.text.debugDescription)"
            }
            for notice in rewrite.notices {
                guard notice.line >= 1, notice.line <= lines.count, notice.column >= 1, notice.column + 1 <= lines[notice.line - 1].count,
                      lines[notice.line - 1][notice.column - 1] == "{", ["{", "%"].contains(lines[notice.line - 1][notice.column]) else {
                    return "notice at \(notice.line):\(notice.column) is at no tag: \(notice.message)"
                }
            }
            let places = rewrite.notices.map { [$0.line, $0.column] }
            return places == places.sorted { $0.lexicographicallyPrecedes($1) } ? nil : "notices out of order: \(places)"
        }
    }

    @Test func theImporterKeepsWhatItNotesAndIsStable() throws {
        let config = try YAMLParser().parse("flag: true\ntitle: Notes\n")
        let rewriter = LiquidRewriter(urls: ["_pages/cv.md": "/cv/"], siteValues: LiquidRewriter.siteValues(of: config),
                                      conditions: LiquidCondition(config: config, collections: []))
        Self.run("import") { text in
            let once = rewriter.rewrite(text, file: "x.md", firstLine: 5)
            let lastLine = 5 + text.unicodeScalars.count(where: { $0 == "\n" })
            for note in once.notes {
                guard let line = note.line, (5...lastLine).contains(line) else { return "note outside the text: \(note.place)" }
                for written in note.subject.split(separator: "` … `").map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: "`")) })
                where !written.hasSuffix("…") && !once.body.contains(written) {
                    return "\(written) is noted but not kept: \(once.body.debugDescription)"
                }
            }
            if !text.contains("{"), once.body != text { return "a text without Liquid changed: \(once.body.debugDescription)" }
            let twice = rewriter.rewrite(once.body, file: "x.md", firstLine: 5)
            return twice.body == once.body ? nil : "a second rewrite changed \(once.body.debugDescription) into \(twice.body.debugDescription)"
        }
    }
}
