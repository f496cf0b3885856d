@testable import BibTeX
import Diagnostics
import Foundation
import Testing

/// Reading an edited `.bib` file with its earlier reading gives what reading it whole gives,
/// and reads again only the commands the edit can have changed.
@Suite struct BibTeXRereadTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["SITEGEN_BIB_REREAD_CASES"].flatMap { Int($0) } ?? 3_000
    static let seed = environment["SITEGEN_BIB_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_B1B

    static let base = """
        @string{jmlr = "Journal of Machine Learning Research"}
        @preamble{"\\\\def\\\\x{X}"}
        % a comment line with an @ sign
        @article{a1, title = {First}, journal = jmlr, year = 2020}
        @proceedings{conf, title = {Proceedings of Conf}, year = 2021, editor = {Ed Itor}}
        @inproceedings{b2, title = {Second}, crossref = {conf}, author = {Ann Author}}
        @misc{c3, title = {Third}, title = {Again}, year = 2022}
        @article{d4, title = {Fourth}, journal = jmlr # { (special)}, year = 2023}
        @misc{e5, title = "Fifth", year = 2024}
        """

    /// The differences between two readings' files, as text, for an exact failure message.
    static func differences(_ incremental: BibFile, _ whole: BibFile) -> [String] {
        var found: [String] = []
        if incremental.entries != whole.entries { found.append("entries differ") }
        if incremental.preambles != whole.preambles { found.append("preambles differ") }
        if incremental.diagnostics != whole.diagnostics {
            let (left, right) = (incremental.diagnostics.map(\.description), whole.diagnostics.map(\.description))
            found.append("diagnostics: \(left.filter { !right.contains($0) }) vs \(right.filter { !left.contains($0) })")
        }
        return found
    }

    static func reread(_ old: String, _ new: String) -> (reading: BibReading, problems: [String]) {
        let earlier = BibTeXReader.read(old, path: "a.bib", earlier: nil)
        let incremental = BibTeXReader.read(new, path: "a.bib", earlier: earlier)
        return (incremental, differences(incremental.file, BibTeXReader.read(new, path: "a.bib")))
    }

    @Test func anEditInOneEntryReadsThatEntryAlone() {
        let edited = Self.base.replacingOccurrences(of: "{Second}", with: "{Second, edited}")
        let (reading, problems) = Self.reread(Self.base, edited)
        #expect(problems.isEmpty, "\(problems)")
        #expect(reading.commandsRead == 1)
        #expect(reading.file.entries.first { $0.key == "b2" }?["title"] == "Second, edited")
    }

    @Test func linesAddedAboveMoveLaterEntriesWithoutReadingThem() throws {
        let edited = Self.base.replacingOccurrences(of: "{Second}", with: "{Second}, note = {one\nmore\nline}")
        let (reading, problems) = Self.reread(Self.base, edited)
        #expect(problems.isEmpty, "\(problems)")
        // The edited entry, and the one whose duplicate-field warning names a line.
        #expect(reading.commandsRead == 2)
        let moved = try #require(reading.file.entries.first { $0.key == "e5" })
        #expect(moved.location.line == 11)
        #expect(reading.file.diagnostics.map(\.headline).contains(
            "a.bib:9:28: warning: duplicate field 'title' in 'c3': the first, at line 9, is kept"))
    }

    @Test func aChangedStringMacroReadsTheEntriesAfterIt() {
        let edited = Self.base.replacingOccurrences(of: "\"Journal of Machine", with: "\"The Journal of Machine")
        let (reading, problems) = Self.reread(Self.base, edited)
        #expect(problems.isEmpty, "\(problems)")
        #expect(reading.file.entries.first { $0.key == "d4" }?["journal"] == "The Journal of Machine Learning Research (special)")
        #expect(reading.commandsRead == 8)
    }

    @Test func aKeyAddedAboveMakesALaterEntryADuplicate() {
        let edited = Self.base.replacingOccurrences(of: "@misc{c3,", with: "@misc{E5, title = {New}, year = 1}\n@misc{c3,")
        let (reading, problems) = Self.reread(Self.base, edited)
        #expect(problems.isEmpty, "\(problems)")
        #expect(reading.file.diagnostics.map(\.headline).contains(
            "a.bib:10:1: warning: duplicate key 'e5': the entry at a.bib:7:1 is kept, this one is ignored"))
    }

    @Test func anEntryThatMovesColumnIsReadAgain() {
        let edited = Self.base.replacingOccurrences(of: "year = 2023}\n@misc{e5", with: "year = 2023}  @misc{e5")
        let (_, problems) = Self.reread(Self.base, edited)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Random edits of mutants of the tricky file: the incremental reading is the whole one.
    @Test func randomEditsReadAsTheWholeFile() {
        let original = Array(BibTeXFixture.tricky.utf8)
        var failures = 0
        for number in 0..<Self.cases where failures < 5 {
            var mutator = BibMutator(seed: SplitMix64.caseSeed(Self.seed, number))
            let old = mutator.mutate(original)
            let new = mutator.mutate(old)
            let (_, problems) = Self.reread(String(decoding: old, as: UTF8.self), String(decoding: new, as: UTF8.self))
            if !problems.isEmpty {
                failures += 1
                Issue.record("case \(number) (SITEGEN_BIB_FUZZ_SEED=\(Self.seed)), \(mutator.applied): \(problems)")
            }
        }
    }
}
