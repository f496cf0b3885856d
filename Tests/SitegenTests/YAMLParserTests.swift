import Testing
@testable import YAML

@Suite struct YAMLParserTests {
    let parser = YAMLParser()

    func root(_ text: String) throws -> YAMLNode {
        try #require(try parser.parse(text))
    }

    @Test func plainScalarsFollowTheCoreSchema() throws {
        let node = try root("""
            a: no
            b: on
            c: NO
            d: true
            e: FALSE
            f: 42
            g: -0x1F
            h: 0o17
            i: 3.5e2
            j: .inf
            k: ~
            l: null
            m: 2024-03-09
            n: 1_000
            o: "true"
            p: '12'
            """)
        #expect(node["a"]?.scalar?.value == .string("no"))
        #expect(node["b"]?.scalar?.value == .string("on"))
        #expect(node["c"]?.scalar?.value == .string("NO"))
        #expect(node["d"]?.scalar?.value == .bool(true))
        #expect(node["e"]?.scalar?.value == .bool(false))
        #expect(node["f"]?.scalar?.value == .int(42))
        #expect(node["g"]?.scalar?.value == .string("-0x1F"))
        #expect(node["h"]?.scalar?.value == .int(15))
        #expect(node["i"]?.scalar?.value == .float(350))
        #expect(node["j"]?.scalar?.value == .float(.infinity))
        #expect(node["k"]?.isNull == true)
        #expect(node["l"]?.isNull == true)
        #expect(node["m"]?.scalar?.value == .string("2024-03-09"))
        #expect(node["n"]?.scalar?.value == .string("1_000"))
        #expect(node["o"]?.scalar?.value == .string("true"))
        #expect(node["p"]?.scalar?.value == .string("12"))
    }

    @Test func nodesKnowTheirPositions() throws {
        let node = try root("title: Hello\nauthors:\n  - Ada\n  - Grace\n")
        #expect(node["title"]?.mark == YAMLMark(line: 1, column: 8))
        let authors = try #require(node["authors"]?.sequence)
        #expect(authors.map(\.mark) == [YAMLMark(line: 3, column: 5), YAMLMark(line: 4, column: 5)])
    }

    @Test func aliasesResolveToTheAnchoredNode() throws {
        let node = try root("base: &b {x: 1}\ncopy: *b\n")
        #expect(node["copy"]?["x"]?.scalar?.value == .int(1))
        #expect(node["copy"]?.mark == YAMLMark(line: 2, column: 7))
    }

    @Test func duplicateKeysAreRejectedAtTheSecondKey() {
        let error = YAMLParseError("duplicate key 'title'", at: YAMLMark(line: 3, column: 1), related: .init(description: "first given", mark: YAMLMark(line: 1, column: 1)))
        #expect(throws: error) { try parser.parse("title: a\ndate: 2024-01-01\ntitle: b\n") }
        #expect(error.describe(lineOffset: 1) == "duplicate key 'title' (first given at line 2)")
    }

    @Test func syntaxErrorsArePositioned() {
        #expect(throws: YAMLParseError("mapping values are not allowed in this context", at: YAMLMark(line: 1, column: 9))) {
            try parser.parse("title: a: b\n")
        }
    }

    @Test func unknownAliasIsAnError() {
        #expect(throws: YAMLParseError("unknown alias '*nowhere'", at: YAMLMark(line: 1, column: 4))) {
            try parser.parse("a: *nowhere\n")
        }
    }

    @Test func aliasBombsAreBounded() {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        let names = Array("abcdefghij")
        for index in 1..<names.count {
            let previous = names[index - 1]
            lines.append("\(names[index]): &\(names[index]) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        #expect(throws: YAMLParseError.self) { try parser.parse(lines.joined(separator: "\n")) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "x: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        #expect(throws: YAMLParseError("YAML nested deeper than 128 levels", at: YAMLMark(line: 1, column: 131))) {
            try parser.parse(deep)
        }
    }

    @Test func emptyTextHasNoRoot() throws {
        #expect(try parser.parse("") == nil)
        #expect(try parser.parse("# only a comment\n") == nil)
    }

    @Test func secondDocumentIsRejected() {
        #expect(throws: YAMLParseError("expected a single YAML document, found a second one", at: YAMLMark(line: 2, column: 1))) { try parser.parse("a: 1\n---\nb: 2\n") }
    }
}
