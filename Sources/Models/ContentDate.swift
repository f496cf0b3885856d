import YAML

/// A calendar date with an optional time of day, as written in front matter.
///
/// Accepts `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`, ISO 8601 `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`, and
/// the forms Jekyll sites write (`2024-09-19 15:59:00 -0400`, `2022-11-1`); see `DateTextReader`.
/// Dates are kept as written (no time-zone conversion): a seminar at 14:00 is shown at 14:00.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// `Z`, `+02:00`, … when the value carried one (`-0400` is kept as `-04:00`).
    public var utcOffset: String?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, utcOffset: String? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffset = utcOffset
    }

    /// The date a text names, in any form `DateTextReader` reads; nil for any other text.
    public init?(parsing text: String) {
        guard case .success(let date) = DateTextReader.read(text) else { return nil }
        self = date
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// The day only, `2024-03-09`.
    public var isoDate: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// The value for `<time datetime="…">`: the date, with the time and offset when known.
    public var isoDateTime: String {
        guard let hour, let minute else { return isoDate }
        let seconds = second.map { ":\(Self.pad($0, 2))" } ?? ""
        return "\(isoDate)T\(Self.pad(hour, 2)):\(Self.pad(minute, 2))\(seconds)\(utcOffset ?? "")"
    }

    public var description: String { isoDateTime }

    /// One number that orders dates as `<` does (the time counts only when given), so that
    /// sorting many pages compares integers.
    public var orderingValue: Int64 {
        var value = Int64(year)
        for field in [month, day, (hour ?? -1) + 1, (minute ?? -1) + 1, (second ?? -1) + 1] {
            value = value * 100 + Int64(field)
        }
        return value
    }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1, lhs.second ?? -1)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1, rhs.second ?? -1)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension ContentDate: YAMLDecodable {
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard let scalar = node.scalar, case .string = scalar.value else {
            let found = node.scalar.map { "'\($0.text)'" } ?? node.kindDescription
            decoder.error("expected a date such as \(DateTextReader.examples), found \(found)", at: node)
            return nil
        }
        switch DateTextReader.read(scalar.text) {
        case .success(let date):
            self = date
        case .failure(let problem):
            decoder.error(problem.message, at: node)
            return nil
        }
    }
}
