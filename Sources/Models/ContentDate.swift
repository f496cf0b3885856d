import YAML

/// A calendar date with an optional time of day, as written in front matter.
///
/// Accepts `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`, and ISO 8601 `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`.
/// Dates are kept as written (no time-zone conversion): a seminar at 14:00 is shown at 14:00.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// `Z`, `+02:00`, … when the value carried one.
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

    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
        guard let year = number(0..<4), byte(4) == UInt8(ascii: "-"), let month = number(5..<7),
              byte(7) == UInt8(ascii: "-"), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
        guard Self.isValid(year: year, month: month, day: day) else { return nil }
        var index = 10
        if index == bytes.count { return }
        guard byte(index) == UInt8(ascii: "T") || byte(index) == UInt8(ascii: " ") else { return nil }
        guard let hour = number(11..<13), byte(13) == UInt8(ascii: ":"), let minute = number(14..<16),
              hour < 24, minute < 60 else { return nil }
        self.hour = hour
        self.minute = minute
        index = 16
        if byte(index) == UInt8(ascii: ":") {
            guard let second = number(17..<19), second < 61 else { return nil }
            self.second = second
            index = 19
        }
        if byte(index) == UInt8(ascii: ".") {
            index += 1
            while let digit = byte(index), digit >= 0x30, digit <= 0x39 { index += 1 }
        }
        let rest = String(decoding: bytes[min(index, bytes.count)...], as: UTF8.self).trimmingPrefix(" ")
        if rest.isEmpty { return }
        if rest == "Z" {
            utcOffset = "Z"
            return
        }
        let offset = Array(rest.utf8)
        guard offset.count == 6, offset[0] == UInt8(ascii: "+") || offset[0] == UInt8(ascii: "-"), offset[3] == UInt8(ascii: ":"),
              let offsetHours = Int(String(rest.dropFirst().prefix(2))), let offsetMinutes = Int(String(rest.suffix(2))),
              offsetHours < 24, offsetMinutes < 60 else { return nil }
        utcOffset = String(rest)
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

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension ContentDate: YAMLDecodable {
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard let scalar = node.scalar, case .string = scalar.value, let date = ContentDate(parsing: scalar.text) else {
            let found = node.scalar.map { "'\($0.text)'" } ?? node.kindDescription
            decoder.error("expected a date such as 2024-03-09, 2024-03-09 14:30 or 2024-03-09T14:30:00+01:00, found \(found)", at: node)
            return nil
        }
        self = date
    }
}
