/// Reads a date as front matter writes it: sitegen's own forms and Jekyll's (YAML timestamps,
/// Ruby's `Time#to_s`), and says what is wrong with a text that is not one.
///
/// The grammar, after YAML's timestamp and what Jekyll sites write:
/// `YYYY-M[M]-D[D]`, then optionally a time `H[H]:MM[:SS[.fraction]]` after `T`, `t` or blanks,
/// then optionally, after blanks or none, a zone `Z`, `±H[H]`, `±HH:MM` or `±HHMM`.
/// The zone is kept as `Z` or `±HH:MM`; fractions of a second are read and dropped.
struct DateTextReader {
    /// Why a text is not a date; the message names the text.
    struct Problem: Error, Equatable {
        var message: String
    }

    static let examples = "2024-03-09, 2024-03-09 14:30 or 2024-03-09T14:30:00+01:00"
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    private let text: String
    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    static func read(_ text: String) -> Result<ContentDate, Problem> {
        var reader = DateTextReader(text)
        do {
            return .success(try reader.readDate())
        } catch {
            return .failure(error)
        }
    }

    private mutating func readDate() throws(Problem) -> ContentDate {
        guard let year = digits(exactly: 4), skip("-"), let month = digits(upTo: 2), skip("-"), let day = digits(upTo: 2) else {
            throw notADate()
        }
        guard (1...12).contains(month) else {
            throw Problem(message: "'\(text)' is no date: the month must be 1 to 12, found \(month)")
        }
        guard ContentDate.isValid(year: year, month: month, day: day) else {
            let length = (28...31).last { ContentDate.isValid(year: year, month: month, day: $0) } ?? 31
            throw Problem(message: "'\(text)' is no date: \(Self.monthNames[month - 1]) \(year) has \(length) days, found day \(day)")
        }
        var date = ContentDate(year: year, month: month, day: day)
        guard index < bytes.count else { return date }
        let blanks = skipBlanks()
        guard blanks > 0 || skip("T") || skip("t") else { throw notADate() }
        guard let hour = digits(upTo: 2), skip(":"), let minute = digits(exactly: 2) else { throw notADate() }
        guard hour < 24 else { throw Problem(message: "'\(text)' is no time of day: the hour must be 0 to 23, found \(hour)") }
        guard minute < 60 else { throw Problem(message: "'\(text)' is no time of day: the minute must be 0 to 59, found \(minute)") }
        date.hour = hour
        date.minute = minute
        if skip(":") {
            guard let second = digits(exactly: 2) else { throw notADate() }
            guard second <= 60 else { throw Problem(message: "'\(text)' is no time of day: the second must be 0 to 60, found \(second)") }
            date.second = second
            if skip("."), digits(upTo: .max) == nil { throw notADate() }
        }
        skipBlanks()
        guard index < bytes.count else { return date }
        date.utcOffset = try readZone()
        guard index == bytes.count else { throw notADate() }
        return date
    }

    /// `Z` or `±HH:MM`, from `Z`, `z`, `±H`, `±HH`, `±HH:MM` or `±HHMM`.
    private mutating func readZone() throws(Problem) -> String {
        if skip("Z") || skip("z") { return "Z" }
        let sign = bytes[index]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { throw notADate() }
        index += 1
        var hours = 0
        var minutes = 0
        if let joined = digits(exactly: 4) {
            (hours, minutes) = (joined / 100, joined % 100)
        } else {
            guard let alone = digits(upTo: 2) else { throw badZone() }
            hours = alone
            if skip(":") {
                guard let separated = digits(exactly: 2) else { throw badZone() }
                minutes = separated
            }
        }
        guard hours < 24, minutes < 60 else { throw badZone() }
        return String(UnicodeScalar(sign)) + ContentDate.pad(hours, 2) + ":" + ContentDate.pad(minutes, 2)
    }

    private func notADate() -> Problem {
        Problem(message: "expected a date such as \(Self.examples), found '\(text)'")
    }

    private func badZone() -> Problem {
        Problem(message: "'\(text)' has no valid offset from UTC: write it as Z, +01:00 or -0400")
    }

    private mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    @discardableResult
    private mutating func skipBlanks() -> Int {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index - start
    }

    /// Exactly `count` ASCII digits, not followed by another digit.
    private mutating func digits(exactly count: Int) -> Int? {
        let start = index
        guard let value = digits(upTo: count), index - start == count else {
            index = start
            return nil
        }
        return value
    }

    /// One to `limit` ASCII digits, not followed by another digit; nil (nothing read) otherwise.
    /// A value too large for an `Int` (a long fraction) is capped: callers compare it to a bound.
    private mutating func digits(upTo limit: Int) -> Int? {
        let start = index
        var value = 0
        while index < bytes.count, index - start < limit, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value < Int.max / 100 ? value * 10 + Int(bytes[index] - 0x30) : value
            index += 1
        }
        guard index > start, index == bytes.count || bytes[index] < 0x30 || bytes[index] > 0x39 else {
            index = start
            return nil
        }
        return value
    }
}
