import Diagnostics
import Foundation
import Load
import Models
import Parse
import Testing

/// A `.bib` file parsed again after an edit keeps the pages of the entries the edit did not
/// touch: the same content objects when they did not move, their anchors moved when they did.
@Suite struct BibTeXFormatReuseTests {
    static let path = "content/publications.bib"

    static func file(entries: Int, editing edited: Int? = nil, extraLines: Int = 0) -> String {
        var text = "@string{jml = {Journal of Made-up Letters}}\n"
        for number in 0..<entries {
            let title = number == edited ? "Paper \(number), edited" : "Paper \(number)"
            let note = number == edited ? String(repeating: "  note = {more},\n", count: extraLines) : ""
            text += "@article{p\(number),\n  title = {\(title)},\n\(note)  author = {Ann Author and Bob Writer},\n"
            text += "  journal = jml,\n  year = \(2000 + number % 20),\n  pdf = {https://example.org/p\(number).pdf},\n}\n\n"
        }
        return text
    }

    static func parse(_ text: String, earlier: ParsedSource?) -> ParsedSource {
        BibTeXFormat().parse(SourceFile(path: path, bytes: Array(text.utf8)), settings: ParseSettings(rawHTML: .escape), earlier: earlier)
    }

    /// Which pages of `second` are new objects rather than those of `first`.
    static func remade(_ first: ParsedSource, _ second: ParsedSource) -> [String] {
        let earlier = Dictionary(uniqueKeysWithValues: first.pages.map { ($0.entry ?? "", $0.content) })
        return second.pages.filter { earlier[$0.entry ?? ""] !== $0.content }.compactMap(\.entry)
    }

    @Test func anEditedEntryIsTheOnlyPageMadeAgain() {
        let first = Self.parse(Self.file(entries: 50), earlier: nil)
        let second = Self.parse(Self.file(entries: 50, editing: 20), earlier: first)
        #expect(Self.remade(first, second) == ["p20"])
        #expect(second.pages.map(\.anchors) == Self.parse(Self.file(entries: 50, editing: 20), earlier: nil).pages.map(\.anchors))
    }

    @Test func entriesBelowAnEditThatAddsLinesKeepTheirContentAndMoveTheirAnchors() throws {
        let first = Self.parse(Self.file(entries: 50), earlier: nil)
        let edited = Self.file(entries: 50, editing: 20, extraLines: 3)
        let second = Self.parse(edited, earlier: first)
        let whole = Self.parse(edited, earlier: nil)
        #expect(Self.remade(first, second) == ["p20"])
        #expect(second.pages.map(\.anchors) == whole.pages.map(\.anchors))
        #expect(second.diagnostics == whole.diagnostics)
        let moved = try #require(second.pages.first { $0.entry == "p30" })
        #expect(moved.anchors["file"]?.location.line == 2 + 30 * 8 + 3)
    }
}
