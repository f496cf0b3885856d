import Testing
@testable import YAML

/// Positions of YAML errors found by the mutation fuzz test: reader errors (control
/// characters) and marks after the characters YAML 1.1 counts as line ends but sitegen does not.
@Suite struct YAMLPositionTests {
    /// libyaml gives a reader error's byte offset, not a mark: the error points at the character.
    @Test(arguments: [("\u{01}", "\\x01"), ("\u{1B}", "\\x1B"), ("\u{00}", "\\x00"), ("\u{9B}", "\\u{9B}"), ("\u{7F}", "\\x7F")])
    func controlCharacterInFrontMatterIsPositionedAtIt(character: String, shown: String) throws {
        let site = try TempSite(["content/a.md": "---\ntitle: x\nsummary: a\(character)b\n---\n"])
        #expect(site.build().rendered == """
            content/a.md:3:11: error: control characters are not allowed
             3 | summary: a\(shown)b
               |           ^
            """)
    }

    @Test func controlCharacterInSiteConfigCountsColumnsInCharacters() throws {
        let site = try TempSite(["site.yml": "title: Lab\nmenu:\n  - title: \"été\u{1B}\"\n    url: /\n", "content/index.md": "x\n"])
        #expect(site.build().rendered == """
            site.yml:3:16: error: control characters are not allowed
             3 |   - title: "été\\x1B"
               |                ^
            """)
    }

    @Test func readerErrorIsPositionedWithinTheYAML() {
        #expect(throws: YAMLParseError("control characters are not allowed", at: YAMLMark(line: 2, column: 5))) {
            try YAMLParser().parse("a: é\nb: ü\u{01}\n")
        }
    }

    /// NEL, U+2028 and U+2029 end a line in YAML 1.1 but not in the file as sitegen shows it.
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func positionsAfterAYAML11LineEndStayOnTheFileLine(character: String) throws {
        let site = try TempSite(["site.yml": "title: Lab\nmenu:\n  - title: \"a\(character)b\"\n    url: [1]\n", "content/index.md": "x\n"])
        #expect(site.build().rendered == """
            site.yml:4:10: error: expected text, found a list
             4 |     url: [1]
               |          ^
            """)
    }

    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func nodeMarksCountOnlyLFCRLFAndCRAsLineEnds(character: String) throws {
        let node = try #require(try YAMLParser().parse("a: \"x\(character)y\"\r\nb: [1, 2]\rc: é\n"))
        #expect(node["b"]?.mark == YAMLMark(line: 2, column: 4))
        #expect(node["c"]?.mark == YAMLMark(line: 3, column: 4))
    }

    @Test func syntaxErrorAfterNELIsOnTheFileLine() {
        let error = YAMLParseError(
            "could not find expected ':'", at: YAMLMark(line: 4, column: 1),
            related: .init(description: "while scanning a simple key", mark: YAMLMark(line: 3, column: 6)))
        #expect(throws: error) {
            try YAMLParser().parse("a: éé\nb: [1]\nc: x\u{85}y\nd: 1\n")
        }
    }
}
