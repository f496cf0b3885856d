import Testing
@testable import YAML

/// The bounds on hostile YAML: aliased text, aliased nodes, and building big collections.
@Suite struct YAMLLimitsTests {
    let parser = YAMLParser()

    /// The 1-based column of the `occurrence`-th (1-based) `needle` on a single-line text; 0 if absent.
    func column(of needle: String, occurrence: Int, in line: String) -> Int {
        guard let range = line.ranges(of: needle).dropFirst(occurrence - 1).first else { return 0 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    /// `anchor: &a "<length x's>"` then `list: [*a, *a, …]` with `aliases` aliases.
    func aliasing(length: Int, aliases: Int) -> (text: String, listLine: String) {
        let listLine = "list: [" + Array(repeating: "*a", count: aliases).joined(separator: ", ") + "]"
        return ("anchor: &a \"" + String(repeating: "x", count: length) + "\"\n" + listLine + "\n", listLine)
    }

    func aliasError(limit: Int, line: Int, column: Int) -> YAMLParseError {
        YAMLParseError(
            "aliases expand this YAML by more than \(limit) bytes of text (the limit is 10 times its size, "
                + "at least 1000000 and at most 50000000); repeat the text instead of aliasing it",
            at: YAMLMark(line: line, column: column))
    }

    @Test func aSmallFileMayAliasUpToOneMegabyte() throws {
        let under = aliasing(length: 10_000, aliases: 100)
        let list = try #require(try parser.parse(under.text)?["list"]?.sequence)
        #expect(list.count == 100)
        #expect(list.allSatisfy { $0.scalar?.text.utf8.count == 10_000 })

        let over = aliasing(length: 10_000, aliases: 101)
        let error = aliasError(limit: 1_000_000, line: 2, column: column(of: "*a", occurrence: 101, in: over.listLine))
        #expect(throws: error) { try parser.parse(over.text) }
    }

    @Test func aLargerFileMayAliasTenTimesItsSize() throws {
        let under = aliasing(length: 200_000, aliases: 10)
        #expect(try parser.parse(under.text)?["list"]?.sequence?.count == 10)

        let over = aliasing(length: 200_000, aliases: 11)
        let limit = 10 * over.text.utf8.count
        let error = aliasError(limit: limit, line: 2, column: column(of: "*a", occurrence: 11, in: over.listLine))
        #expect(throws: error) { try parser.parse(over.text) }
    }

    @Test func noFileMayAliasMoreThanFiftyMegabytes() throws {
        let under = aliasing(length: 5_000_000, aliases: 10)
        #expect(try parser.parse(under.text)?["list"]?.sequence?.count == 10)

        let over = aliasing(length: 5_000_000, aliases: 11)
        let error = aliasError(limit: 50_000_000, line: 2, column: column(of: "*a", occurrence: 11, in: over.listLine))
        #expect(throws: error) { try parser.parse(over.text) }
    }

    @Test func aliasesOfAliasesCountTheTextTheyRepeat() throws {
        // b holds 4 × 90,000 bytes; each alias of b adds all 360,000. The file is under 100 kB: the limit is 1 MB.
        let text = """
            a: &a "\(String(repeating: "y", count: 90_000))"
            b: &b [*a, *a, *a, *a]
            c: [*b, *b]
            """
        // Aliased: 4 × 90,000 in b, then 360,000 for the first *b in c (720,000), 1,080,000 for the second.
        let lastLine = "c: [*b, *b]"
        let error = aliasError(limit: 1_000_000, line: 3, column: column(of: "*b", occurrence: 2, in: lastLine))
        #expect(throws: error) { try parser.parse(text) }
        #expect(try parser.parse(text.replacingOccurrences(of: "[*b, *b]", with: "[*b]"))?["c"]?.sequence?.count == 1)
    }

    @Test func aliasBombsStopAtTheNodeLimit() {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        let names = Array("abcdefghij")
        for index in 1..<names.count {
            let previous = names[index - 1]
            lines.append("\(names[index]): &\(names[index]) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        // Aliases in b, c and d add 10 × 11, 10 × 111 and 10 × 1,111 nodes: 12,330. In e, each *d adds
        // 11,111: 7 make 90,107, the 8th crosses 100,000. Nodes written out do not count.
        let error = YAMLParseError(
            "aliases expand this YAML by more than 100000 nodes; repeat the values instead of aliasing them",
            at: YAMLMark(line: 5, column: column(of: "*d", occurrence: 8, in: lines[4])))
        #expect(throws: error) { try parser.parse(lines.joined(separator: "\n")) }
    }

    @Test func bigListsKeepTheirOrderAndAliases() throws {
        // Nodes written out do not count against the alias limit: 200,000 items load.
        let count = 200_000
        let list = try #require(try parser.parse("list:\n" + (0..<count).map { "  - item \($0)\n" }.joined())?["list"]?.sequence)
        #expect(list.map { $0.scalar?.text ?? "" } == (0..<count).map { "item \($0)" })
        #expect(list[count - 1].mark == YAMLMark(line: count + 1, column: 5))

        let aliased = "list: &big\n" + (0..<50_000).map { "  - \($0)\n" }.joined() + "copy: *big\n"
        let root = try #require(try parser.parse(aliased))
        #expect(root["copy"]?.sequence == root["list"]?.sequence)
        #expect(root["copy"]?.sequence?.count == 50_000)
        #expect(root["copy"]?.mark == YAMLMark(line: 50_002, column: 7))
    }

    @Test func bigMappingsKeepTheirOrderAndRefuseDuplicateKeys() throws {
        let count = 20_000
        let keys = (0..<count).map { "key\($0): \($0)\n" }.joined()
        let mapping = try #require(try parser.parse(keys)?.mapping)
        #expect(mapping.map { $0.key.scalar?.text ?? "" } == (0..<count).map { "key\($0)" })
        #expect(mapping.map { $0.value.scalar?.value } == (0..<count).map { .int($0) })

        let duplicate = keys + "key\(count / 2): again\n"
        let error = YAMLParseError(
            "duplicate key 'key\(count / 2)'", at: YAMLMark(line: count + 1, column: 1),
            related: .init(description: "first given", mark: YAMLMark(line: count / 2 + 1, column: 1)))
        #expect(throws: error) { try parser.parse(duplicate) }
    }

    @Test func aBuildReportsTheAliasInTheFile() throws {
        let long = String(repeating: "z", count: 100_000)
        let aliases = Array(repeating: "*a", count: 11).joined(separator: ", ")
        let site = try TempSite(["content/notes/a.md": "---\ntitle: A\nlong: &a \(long)\nmore: [\(aliases)]\n---\nx\n"])
        let report = site.build()
        let limit = 10 * (("title: A\nlong: &a \(long)\nmore: [\(aliases)]\n").utf8.count)
        let column = "more: [".count + 10 * "*a, ".count + 1
        #expect(report.diagnostics.map(\.headline) == [
            "content/notes/a.md:4:\(column): error: " + aliasError(limit: limit, line: 0, column: 0).message,
        ])
    }
}
