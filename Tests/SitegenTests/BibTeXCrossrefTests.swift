import BibTeX
import Testing

/// biber's inheritance by pairs of types, beyond the tricky file's `@proceedings`.
@Suite struct BibTeXCrossrefTests {
    static func fields(_ text: String, of key: String) -> [String] {
        let file = BibTeXReader.read(text, path: "a.bib")
        return file.entries.first { $0.key == key }?.fields.filter { $0.inheritedFrom != nil }.map { "\($0.name)=\($0.value)" } ?? []
    }

    @Test func bookToInbookGivesBooktitleAndBookauthor() {
        let text = "@inbook{c, crossref = {b}}\n@book{b, title = {B}, subtitle = {S}, titleaddon = {A}, shorttitle = {Sh}, author = {Knuth, D.}, year = 1984}"
        #expect(Self.fields(text, of: "c") == ["author=Knuth, D.", "year=1984", "booktitle=B", "booksubtitle=S", "booktitleaddon=A", "bookauthor=Knuth, D."])
    }

    @Test func mvbookGivesMaintitleAndPeriodicalGivesJournaltitle() {
        let text = "@book{v, crossref = {mv}}\n@mvbook{mv, title = {Works}, year = 1}\n@article{a, crossref = {p}}\n@periodical{p, title = {J}, subtitle = {Sub}, year = 2}"
        #expect(Self.fields(text, of: "v") == ["year=1", "maintitle=Works"])
        #expect(Self.fields(text, of: "a") == ["year=2", "journaltitle=J", "journalsubtitle=Sub"])
    }

    @Test func aParentsOwnBooktitleWinsOverItsTitleAndUnrelatedTypesKeepNames() {
        let text = "@conference{c, crossref = {P}}\n@proceedings{p, title = {Long}, booktitle = {Proc. Long}, year = 1}\n@misc{m, crossref = {p}}"
        #expect(Self.fields(text, of: "c") == ["booktitle=Proc. Long", "year=1"])
        #expect(Self.fields(text, of: "m") == ["title=Long", "booktitle=Proc. Long", "year=1"])
    }

    @Test func aLongChainIsResolvedWithoutRecursion() {
        let count = 50_000
        let text = (0..<count).map { "@misc{e\($0), crossref = {e\($0 + 1)}}\n" }.joined() + "@misc{e\(count), title = {T}, year = 1}\n"
        let file = BibTeXReader.read(text, path: "a.bib")
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.first?["title"] == "T")
        #expect(file.entries.first?.field("title")?.inheritedFrom == "e1")
    }
}

/// Sizes that a quadratic step would turn into a hang.
@Suite struct BibTeXScaleTests {
    @Test func anEntryWithManyFieldsAndManyDuplicatesIsReadInLinearTime() {
        let count = 10_000
        let fields = (0..<count).map { "f\($0) = 1, f\($0) = 2" }.joined(separator: ", ")
        let text = "@misc{parent, \(fields)}\n@misc{child, crossref = {parent}, \(fields)}\n"
        let file = BibTeXReader.read(text, path: "a.bib")
        #expect(file.entries.map(\.fields.count) == [count, count + 1])
        #expect(file.diagnostics.count == 2 * count)
        #expect(file.diagnostics.first?.headline == "a.bib:1:23: warning: duplicate field 'f0' in 'parent': the first, at line 1, is kept")
    }

    @Test func manyCyclesThroughALongChainGiveShortMessages() {
        let count = 2_000
        let text = (0..<count).map { "@misc{e\($0), crossref = {e\($0 + 1)}, xdata = {e0}}\n" }.joined()
        let file = BibTeXReader.read(text, path: "a.bib")
        // Each entry closes a cycle through its xdata (e0's with itself); the last one's crossref names no entry.
        #expect(file.diagnostics.count == count + 1)
        #expect(file.diagnostics.map(\.headline).first { $0.contains("e9 ") } == "a.bib:10:1: error: crossref cycle: e0 → e1 → e2 → … (5 more) → e8 → e9 → e0")
        #expect(file.diagnostics.allSatisfy { $0.message.count < 120 })
    }
}
