@testable import Markdown
import Testing

/// Heading ids: the ASCII shortcut gives what the Unicode rule gives.
@Suite struct HeadingSluggerTests {
    @Test func asciiTextsGetTheSlugTheUnicodeRuleGives() {
        let pieces = ["Intro", "duction", " ", "  ", "-", "_", "'", "42", "A", "z", "Z9", "&", "<b>", "\"", "\t", ".", "(x)", "--", "!?"]
        var random = SplitMix64(seed: 0x51D6)
        for _ in 0..<2_000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(HeadingSlugger.asciiSlug(text) == HeadingSlugger.unicodeSlug(text), "\(text)")
        }
        #expect(HeadingSlugger.slug("What's New: Results (2026)") == "whats-new-results-2026")
        #expect(HeadingSlugger.slug("!!") == "section")
    }

    @Test func otherTextsTakeTheUnicodeRule() {
        #expect(HeadingSlugger.asciiSlug("Éléments finis") == nil)
        #expect(HeadingSlugger.slug("Éléments finis — 2ᵉ partie") == "éléments-finis-2ᵉ-partie")
        #expect(HeadingSlugger.slug("Équations d’état") == "équations-détat")
    }
}
