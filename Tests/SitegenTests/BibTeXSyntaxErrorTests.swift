import BibTeX
import Diagnostics
import Testing

/// Each syntax error alone: its text and position, and that the next entry is still read.
@Suite struct BibTeXSyntaxErrorTests {
    static let next = "\n@misc{next, title = {N}, year = 2000}\n"

    /// The first diagnostic's headline, and the keys read.
    static func read(_ text: String) -> (String?, [String]) {
        let file = BibTeXReader.read(text + next, path: "a.bib")
        return (file.diagnostics.first?.headline, file.entries.map(\.key))
    }

    @Test(arguments: [
        ("@misc{a, title = {x", "a.bib:1:18: error: this '{' is never closed"),
        ("@misc{a, title = {x}", "a.bib:2:1: error: expected ',' or '}' after the value of 'title'"),
        ("@misc{a, title = \"x", "a.bib:1:18: error: this '\"' is never closed"),
        ("@misc{a, title = \"x}\"}", "a.bib:1:20: error: '}' without a matching '{' in a quoted value"),
        ("@misc{a, title = {x} y}", "a.bib:1:22: error: expected ',' or '}' after the value of 'title'"),
        ("@misc(a, title = {x}}", "a.bib:1:21: error: expected ',' or ')' after the value of 'title'"),
        ("@misc{a, title {x}}", "a.bib:1:16: error: expected '=' after 'title'"),
        ("@misc{a, = {x}}", "a.bib:1:10: error: expected a field name or '}'"),
        ("@misc{a, title = , year = 1}", "a.bib:1:18: error: expected the value of 'title': '{', '\"', a number or a @string name"),
        ("@misc{, title = {x}}", "a.bib:1:7: error: expected the entry's key after '@misc{'"),
        ("@misc{a title = {x}}", "a.bib:1:9: error: expected ',' after the key 'a'"),
        ("@ {a, title = {x}}", "a.bib:1:3: error: expected an entry type after '@'"),
        ("@misc a, title = {x}}", "a.bib:1:6: error: expected '{' or '(' after '@misc'"),
        ("@comment{ never closed", "a.bib:1:9: error: this '{' is never closed"),
        ("@preamble{ \"x\" ", "a.bib:2:1: error: expected '}' after the @preamble's text"),
    ])
    func syntaxErrorLosesOnlyItsEntry(text: String, headline: String) {
        let (first, keys) = Self.read(text)
        #expect(first == headline)
        #expect(keys == ["next"])
    }

    @Test func entryCutAtTheEndOfTheFileIsReportedAtItsAt() {
        let file = BibTeXReader.read("@misc{ok, title = {T}, year = 1}\n\n@article{cut, title = {T},", path: "a.bib")
        #expect(file.diagnostics.map(\.headline) == ["a.bib:3:1: error: this entry is never closed: the file ends before its '}'"])
        #expect(file.entries.map(\.key) == ["ok"])
    }

    @Test func bracesNestedDeeperThanTheBoundAreAnError() {
        let deep = String(repeating: "{", count: 300) + String(repeating: "}", count: 300)
        let (first, keys) = Self.read("@misc{a, title = \(deep)}")
        #expect(first == "a.bib:1:274: error: braces nested deeper than 256 levels")
        #expect(keys == ["next"])
        let allowed = String(repeating: "{", count: 255) + "x" + String(repeating: "}", count: 255)
        #expect(Self.read("@misc{a, title = {\(allowed)}}").0 == nil)
    }

    @Test func manyUnclosedBracesNeitherOverflowNorHang() {
        let file = BibTeXReader.read("@misc{a, title = " + String(repeating: "{", count: 200_000), path: "a.bib")
        #expect(file.diagnostics.map(\.headline) == ["a.bib:1:274: error: braces nested deeper than 256 levels"])
    }

    @Test func percentLinesBetweenEntriesAreComments() {
        let (first, keys) = Self.read("% write to me@example.org\n@misc{a, title = {x}, year = 1} % and @here\n")
        #expect(first == nil)
        #expect(keys == ["a", "next"])
    }

    @Test func aFileDefinedMonthMacroWinsOverTheNumber() {
        let file = BibTeXReader.read("@string{jan = \"January\"}\n@misc{a, title = {x}, year = 1, month = jan # \"~1\", day = feb}", path: "a.bib")
        #expect(file.entries.first?["month"] == "January~1")
        #expect(file.entries.first?["day"] == "2")
    }

    @Test func anyLetterCaseForCommandsTypesAndNames() {
        let file = BibTeXReader.read("@STRING{Foo = {F}}\n@PreAmble(\"p\")\n@COMMENT{x}\n@ARTICLE{A, TITLE = FOO, Year = 1}", path: "a.bib")
        #expect(file.diagnostics.isEmpty)
        #expect(file.preambles.map(\.text) == ["p"])
        #expect(file.entries.map { "\($0.type) \($0.key) \($0.fields.map { "\($0.name)=\($0.value)" })" } == [#"article A ["title=F", "year=1"]"#])
    }
}

/// Positions count CRLF and a lone CR as one line end, and columns in characters, as the
/// other readers do.
@Suite struct BibTeXPositionTests {
    @Test func lineEndsOfEveryKindAndMultiByteCharacters() {
        let file = BibTeXReader.read("% é\r\n@misc{é,\r  title = {x},\r\n  année = 1}", path: "a.bib")
        #expect(file.entries.first?.fields.map { "\($0.name) \($0.nameLocation.line):\($0.nameLocation.column) \($0.valueLocation.line):\($0.valueLocation.column)" } == ["title 3:3 3:11", "année 4:3 4:11"])
        #expect(file.entries.first?.location.line == 2)
    }
}
