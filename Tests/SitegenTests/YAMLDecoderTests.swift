import Diagnostics
import Testing
@testable import Models
@testable import YAML

@Suite struct YAMLDecoderTests {
    func decode(_ yaml: String) throws -> (PageFrontMatter?, [Diagnostic]) {
        let file = "---\n" + yaml + "---\nbody\n"
        let decoder = YAMLDecoder(path: "content/a.md", lineOffset: 1, lines: LineIndex(text: file))
        let root = try YAMLParser().parse(yaml)
        return (PageFrontMatter.decode(root, decoder: decoder, context: PageContext(path: "content/a.md")), decoder.diagnostics)
    }

    @Test func wrongTypeIsPositionedInTheFile() throws {
        let (_, diagnostics) = try decode("title: Ok\ndate: [1, 2]\n")
        #expect(diagnostics.map(\.description) == ["""
            content/a.md:3:7: error: expected a date such as 2024-03-09, 2024-03-09 14:30 or 2024-03-09T14:30:00+01:00, found a list
             3 | date: [1, 2]
               |       ^
            """])
    }

    @Test func unknownKeysAreKeptAndTyposWarned() throws {
        let (page, diagnostics) = try decode("titel: Hello\nvenue_url: https://example.org\n")
        #expect(page?.extra.map(\.key) == ["titel", "venue_url"])
        #expect(diagnostics.map(\.headline) == ["content/a.md:2:1: warning: unknown key 'titel' in front matter; did you mean 'title'?"])
    }

    @Test func draftMustBeBoolean() throws {
        let (_, diagnostics) = try decode("draft: yes\n")
        #expect(diagnostics.map(\.headline) == ["content/a.md:2:8: error: expected true or false, found a string"])
    }

    @Test func kindMustBeKnown() throws {
        let (_, diagnostics) = try decode("kind: recipe\n")
        #expect(diagnostics.map(\.headline)
            == ["content/a.md:2:7: error: unknown kind 'recipe'; expected one of: home, news, publication, seminar, talk, phd-project, job, page"])
    }

    @Test func jekyllCategoryNamesTheKind() throws {
        let (page, diagnostics) = try decode("category: seminar\nlayout: single\ndate: 2026-01-01\ntalks:\n  - {title: T, speaker: S}\n")
        #expect(page?.kind == .seminar)
        #expect(diagnostics.isEmpty)
    }

    @Test func editDistanceCountsTranspositionsOnce() {
        #expect(KeySuggestion.editDistance("titel", "title") == 1)
        #expect(KeySuggestion.closest(to: "titel", among: ["title", "date"]) == "title")
        #expect(KeySuggestion.closest(to: "venue_url", among: ["title", "date"]) == nil)
        #expect(KeySuggestion.closest(to: "seletced", among: ["selected"]) == "selected")
    }

    @Test func datesAcceptTheDocumentedForms() {
        #expect(ContentDate(parsing: "2024-03-09")?.isoDateTime == "2024-03-09")
        #expect(ContentDate(parsing: "2024-03-09 14:30")?.isoDateTime == "2024-03-09T14:30")
        #expect(ContentDate(parsing: "2024-03-09T14:30:05+01:00")?.isoDateTime == "2024-03-09T14:30:05+01:00")
        #expect(ContentDate(parsing: "2024-03-09T14:30:05Z")?.utcOffset == "Z")
        #expect(ContentDate(parsing: "2024-02-29") != nil)
        #expect(ContentDate(parsing: "2023-02-29") == nil)
        #expect(ContentDate(parsing: "2024-13-01") == nil)
        #expect(ContentDate(parsing: "March 2024") == nil)
        #expect(ContentDate(parsing: "2024-03-09T25:00") == nil)
    }
}
