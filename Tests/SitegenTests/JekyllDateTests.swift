import Diagnostics
import Testing
@testable import Models
@testable import YAML

/// The date forms front matter may use, sitegen's and Jekyll's, each read to exact fields; and
/// the texts that are no date, each refused with its exact message at the value.
@Suite struct JekyllDateTests {
    static let accepted: [(text: String, date: ContentDate)] = [
        ("2024-09-19 15:59:00 -0400", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "-04:00")),
        ("2024-09-19 15:59:00-0400", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "-04:00")),
        ("2024-09-19T15:59:00-0400", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "-04:00")),
        ("2024-09-19 15:59:00 +0530", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "+05:30")),
        ("2022-11-1", ContentDate(year: 2022, month: 11, day: 1)),
        ("2022-1-09", ContentDate(year: 2022, month: 1, day: 9)),
        ("2022-3-7", ContentDate(year: 2022, month: 3, day: 7)),
        ("2024-09-19 15:59", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59)),
        ("2024-03-09", ContentDate(year: 2024, month: 3, day: 9)),
        ("2024-03-09T14:30:05+01:00", ContentDate(year: 2024, month: 3, day: 9, hour: 14, minute: 30, second: 5, utcOffset: "+01:00")),
        // YAML 1.1's timestamp examples: canonical, ISO 8601, spaced, no zone.
        ("2001-12-15T02:59:43.1Z", ContentDate(year: 2001, month: 12, day: 15, hour: 2, minute: 59, second: 43, utcOffset: "Z")),
        ("2001-12-14t21:59:43.10-05:00", ContentDate(year: 2001, month: 12, day: 14, hour: 21, minute: 59, second: 43, utcOffset: "-05:00")),
        ("2001-12-14 21:59:43.10 -5", ContentDate(year: 2001, month: 12, day: 14, hour: 21, minute: 59, second: 43, utcOffset: "-05:00")),
        ("2001-12-15 2:59:43.10", ContentDate(year: 2001, month: 12, day: 15, hour: 2, minute: 59, second: 43)),
        ("2024-09-19 15:59:00 +01:00", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "+01:00")),
        ("2024-09-19 15:59:00 Z", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "Z")),
        ("2024-09-19\t15:59:00.123456789012345678901234567890z", ContentDate(year: 2024, month: 9, day: 19, hour: 15, minute: 59, second: 0, utcOffset: "Z")),
        ("2024-02-29", ContentDate(year: 2024, month: 2, day: 29)),
    ]

    static let refused: [(text: String, message: String)] = [
        ("2023-02-30", "'2023-02-30' is no date: February 2023 has 28 days, found day 30"),
        ("2023-02-29", "'2023-02-29' is no date: February 2023 has 28 days, found day 29"),
        ("2024-04-31", "'2024-04-31' is no date: April 2024 has 30 days, found day 31"),
        ("2024-09-00", "'2024-09-00' is no date: September 2024 has 30 days, found day 0"),
        ("2023-13-01", "'2023-13-01' is no date: the month must be 1 to 12, found 13"),
        ("2023-0-01", "'2023-0-01' is no date: the month must be 1 to 12, found 0"),
        ("2024-09-19 25:00", "'2024-09-19 25:00' is no time of day: the hour must be 0 to 23, found 25"),
        ("2024-09-19T24:00:00Z", "'2024-09-19T24:00:00Z' is no time of day: the hour must be 0 to 23, found 24"),
        ("2024-09-19 15:60", "'2024-09-19 15:60' is no time of day: the minute must be 0 to 59, found 60"),
        ("2024-09-19 15:59:61", "'2024-09-19 15:59:61' is no time of day: the second must be 0 to 60, found 61"),
        ("2024-09-19 15:59:00 -2500", "'2024-09-19 15:59:00 -2500' has no valid offset from UTC: write it as Z, +01:00 or -0400"),
        ("2024-09-19 15:59:00 +01:60", "'2024-09-19 15:59:00 +01:60' has no valid offset from UTC: write it as Z, +01:00 or -0400"),
        ("2024-09-19 15:59:00 -04:0", "'2024-09-19 15:59:00 -04:0' has no valid offset from UTC: write it as Z, +01:00 or -0400"),
        ("2024-09-19 15:59:00 -040", "'2024-09-19 15:59:00 -040' has no valid offset from UTC: write it as Z, +01:00 or -0400"),
        ("2024-09-19 15:59:00 EST", Self.shapeMessage("2024-09-19 15:59:00 EST")),
        ("19/09/2024", Self.shapeMessage("19/09/2024")),
        ("March 2024", Self.shapeMessage("March 2024")),
        ("12024-01-01", Self.shapeMessage("12024-01-01")),
        ("2024-001-01", Self.shapeMessage("2024-001-01")),
        ("2024-09-19T", Self.shapeMessage("2024-09-19T")),
        ("2024-09-19 15:5", Self.shapeMessage("2024-09-19 15:5")),
        ("2024-09-19 15:59:00.", Self.shapeMessage("2024-09-19 15:59:00.")),
        ("2024-09-19 15:59:00 -04:00 x", Self.shapeMessage("2024-09-19 15:59:00 -04:00 x")),
        ("2024-09-19x", Self.shapeMessage("2024-09-19x")),
        ("2024-٠٩-19", Self.shapeMessage("2024-٠٩-19")),
    ]

    static func shapeMessage(_ text: String) -> String {
        "expected a date such as 2024-03-09, 2024-03-09 14:30 or 2024-03-09T14:30:00+01:00, found '\(text)'"
    }

    /// Decodes `yaml` as the front matter of `path`, as the parse stage does.
    func decode(_ yaml: String, path: String = "content/news/a.md") throws -> (PageFrontMatter?, [Diagnostic]) {
        let file = "---\n" + yaml + "---\nbody\n"
        let decoder = YAMLDecoder(path: path, lineOffset: 1, lines: LineIndex(text: file))
        let root = try YAMLParser().parse(yaml)
        // As the parse stage does, "needs" errors point at the opening `---`, line 0 of the YAML.
        let context = PageContext(path: path, missingKeyMark: YAMLMark(line: 0, column: 1))
        return (PageFrontMatter.decode(root, decoder: decoder, context: context), decoder.diagnostics)
    }

    @Test(arguments: accepted.indices) func acceptedFormReadsToExactFields(index: Int) {
        let (text, expected) = Self.accepted[index]
        let date = ContentDate(parsing: text)
        #expect(date == expected, "\(text)")
        #expect(date?.utcOffset == expected.utcOffset, "\(text)")
    }

    @Test(arguments: refused.indices) func refusedFormGetsItsMessage(index: Int) {
        let (text, message) = Self.refused[index]
        #expect(ContentDate(parsing: text) == nil, "\(text)")
        guard case .failure(let problem) = DateTextReader.read(text) else { return }
        #expect(problem.message == message)
    }

    @Test func jekyllOffsetIsWrittenWithAColonInTimeElements() {
        #expect(ContentDate(parsing: "2024-09-19 15:59:00 -0400")?.isoDateTime == "2024-09-19T15:59:00-04:00")
        #expect(ContentDate(parsing: "2024-09-19 15:59:00 -0400").map(SiteClock(zone: nil).rfc3339) == "2024-09-19T15:59:00-04:00")
    }

    @Test func invalidDateIsOneErrorAtTheValue() throws {
        let (page, diagnostics) = try decode("title: Launch\ndate: 2023-02-30\n")
        #expect(page == nil)
        #expect(diagnostics.map(\.description) == ["""
            content/news/a.md:3:7: error: '2023-02-30' is no date: February 2023 has 28 days, found day 30
             3 | date: 2023-02-30
               |       ^
            """])
    }

    @Test func invalidQuotedTimeIsOneErrorAtTheValue() throws {
        let (_, diagnostics) = try decode("title: Launch\ndate: \"2024-09-19 25:00:00 -0400\"\n")
        #expect(diagnostics.map(\.headline)
            == ["content/news/a.md:3:7: error: '2024-09-19 25:00:00 -0400' is no time of day: the hour must be 0 to 23, found 25"])
    }

    @Test func missingDateIsStillAnError() throws {
        let (_, diagnostics) = try decode("title: Launch\n")
        #expect(diagnostics.map(\.headline)
            == ["content/news/a.md:1:1: error: a news item needs a 'date' (or a file name starting with YYYY-MM-DD-)"])
    }

    @Test func yearAloneIsAPublicationDate() throws {
        let (page, diagnostics) = try decode("title: P\nauthors: [A. Author]\ndate: 2023\n", path: "content/publications/p.md")
        #expect(diagnostics.isEmpty)
        guard case .publication(let publication)? = page?.model else {
            Issue.record("not a publication")
            return
        }
        #expect(publication.date == ContentDate(year: 2023, month: 1, day: 1))
        #expect(publication.datePrecision == .year)
        let (quoted, _) = try decode("title: P\nauthors: [A. Author]\ndate: '1999'\n", path: "content/publications/p.md")
        guard case .publication(let fromText)? = quoted?.model else {
            Issue.record("not a publication")
            return
        }
        #expect(fromText.date.year == 1999)
        #expect(fromText.datePrecision == .year)
    }

    @Test func yearAloneIsNoDateForANewsItem() throws {
        let (_, diagnostics) = try decode("title: Launch\ndate: 2023\n")
        #expect(diagnostics.map(\.headline)
            == ["content/news/a.md:3:7: error: a year alone is not a date for a news item: write the day too, such as 2023-03-09"])
    }

    @Test func invalidPublicationDateIsOneError() throws {
        let (_, diagnostics) = try decode("title: P\nauthors: [A. Author]\ndate: 2023-13-01\n", path: "content/publications/p.md")
        #expect(diagnostics.map(\.headline)
            == ["content/publications/p.md:4:7: error: '2023-13-01' is no date: the month must be 1 to 12, found 13"])
    }

    @Test func otherYamlValuesAreRefusedAtTheValue() throws {
        let (_, diagnostics) = try decode("title: Launch\ndate: 20230101\n")
        #expect(diagnostics.map(\.headline) == ["content/news/a.md:3:7: error: \(Self.shapeMessage("20230101"))"])
    }
}
