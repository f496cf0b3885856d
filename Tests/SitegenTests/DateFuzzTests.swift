import Diagnostics
import Foundation
import Testing
@testable import Models
@testable import YAML

/// Random date-like texts and mutants of real dates, read as a news item's `date:` through the
/// YAML parser and the front matter decoder: nothing crashes; a text read as a date names a real
/// day and time and reads back to itself; a text refused is one error, at the value, with no
/// second "needs a 'date'" error.
///
/// `SITEGEN_DATE_FUZZ_SECONDS` sets the fuzz budget (default 3), `SITEGEN_DATE_FUZZ_CASES` the
/// most cases, `SITEGEN_FUZZ_SEED` the seed; a failing case is named with its index and text.
@Suite struct DateFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["SITEGEN_DATE_FUZZ_SECONDS"].flatMap(Double.init) ?? 3
    static let maximumCases = environment["SITEGEN_DATE_FUZZ_CASES"].flatMap { Int($0) } ?? Int.max
    static let seed = environment["SITEGEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x4461_7465

    static let seeds = [
        "2024-09-19 15:59:00 -0400", "2024-09-19 15:59:00-0400", "2024-09-19T15:59:00-0400", "2022-11-1", "2024-09-19 15:59",
        "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z", "2024-02-29", "2024-03-09T14:30+01:00",
        "2023", "1999-12-31 23:59:60 Z",
    ]
    /// What dates are made of, and a few things they are not.
    static let alphabet: [String] = Array("0123456789").map(String.init) + [
        "-", "-", ":", ":", " ", "\t", "T", "t", "Z", "z", "+", ".", "/", ",", "x", "é", "٣", "\u{0}", "\u{301}", "99", "00", "-04", "+0530",
    ]

    @Test func randomAndMutatedDatesAreReadOrRefusedAtTheValue() throws {
        let start = ContinuousClock.now
        let budget = Duration.seconds(Self.seconds)
        var cases = 0
        var accepted = 0
        while cases < Self.maximumCases, ContinuousClock.now - start < budget {
            var generator = SplitMix64(seed: SplitMix64.caseSeed(Self.seed, cases))
            let text = Self.text(&generator)
            switch try Self.check(text) {
            case .failure(let problem):
                Issue.record("case \(cases) (seed \(Self.seed)): \(text.debugDescription): \(problem)")
                return
            case .success(let wasDate):
                accepted += wasDate ? 1 : 0
            }
            cases += 1
        }
        print("Date fuzz: \(cases) cases, \(accepted) read as dates, seed \(Self.seed)")
        #expect(cases > 0)
        #expect(accepted > 0)
        #expect(accepted < cases)
    }

    struct Violation: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether `text` was read as a date, or what is wrong with how it was handled.
    static func check(_ text: String) throws -> Result<Bool, Violation> {
        let yaml = "title: T\ndate: \"\(escaped(text))\"\n"
        let file = "---\n" + yaml + "---\nbody\n"
        let decoder = YAMLDecoder(path: "content/news/a.md", lineOffset: 1, lines: LineIndex(text: file))
        let root = try YAMLParser().parse(yaml)
        let context = PageContext(path: "content/news/a.md", missingKeyMark: YAMLMark(line: 0, column: 1))
        let page = PageFrontMatter.decode(root, decoder: decoder, context: context)
        let diagnostics = decoder.diagnostics
        guard let page else {
            guard diagnostics.count == 1, let only = diagnostics.first, only.severity == .error,
                  only.location?.description == "content/news/a.md:3:7", only.sourceLine == "date: \"\(escaped(text))\"" else {
                return .failure(Violation(description: "refused with \(diagnostics.map(\.description))"))
            }
            return .success(false)
        }
        guard diagnostics.isEmpty, let date = page.date else {
            return .failure(Violation(description: "read with \(diagnostics.map(\.description)), date \(String(describing: page.date))"))
        }
        let timeIsValid = date.hour.map { (0..<24).contains($0) } ?? true && date.minute.map { (0..<60).contains($0) } ?? true
            && date.second.map { (0...60).contains($0) } ?? true
        guard ContentDate.isValid(year: date.year, month: date.month, day: date.day), timeIsValid,
              ContentDate(parsing: date.isoDateTime) == date, ContentDate(parsing: date.isoDateTime)?.utcOffset == date.utcOffset else {
            return .failure(Violation(description: "read as \(date), which is no date or does not read back"))
        }
        return .success(true)
    }

    /// A seed mutated a few times, or a random run of the alphabet.
    static func text(_ generator: inout SplitMix64) -> String {
        guard generator.chance(70) else {
            return (0..<generator.below(30)).map { _ in alphabet[generator.below(alphabet.count)] }.joined()
        }
        var scalars = Array(seeds[generator.below(seeds.count)].unicodeScalars)
        for _ in 0...generator.below(3) {
            let position = generator.below(scalars.count + 1)
            let piece = Array(alphabet[generator.below(alphabet.count)].unicodeScalars)
            switch generator.below(4) {
            case 0 where position < scalars.count: scalars.remove(at: position)
            case 1 where position < scalars.count: scalars.replaceSubrange(position...position, with: piece)
            case 2: scalars.insert(contentsOf: piece, at: position)
            default: scalars = Array(scalars.prefix(position)) + Array(scalars.dropFirst(position).shuffled(using: &generator).prefix(3))
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Text inside a double-quoted YAML scalar.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\t": return "\\t"
            case _ where scalar.value < 0x20: return "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: return String(scalar)
            }
        }.joined()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
