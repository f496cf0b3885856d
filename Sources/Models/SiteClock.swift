import Foundation

/// Reads the site's dates as instants: a date and time written without an offset is a wall
/// clock time in the site's `timezone:` (UTC when none is set); one written with an offset
/// (`2026-12-03T14:00+01:00`) keeps it. Feeds, calendars and JSON-LD read dates through it, so
/// that they name the same instants.
public struct SiteClock: Sendable, Equatable {
    /// nil: UTC.
    public var zone: TimeZone?

    public init(zone: TimeZone?) {
        self.zone = zone
    }

    public static let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    /// The zone `date` is read in: its own offset, else the site's.
    public func zone(of date: ContentDate) -> TimeZone {
        if let offset = date.utcOffset, let seconds = Self.seconds(ofOffset: offset) {
            return TimeZone(secondsFromGMT: seconds) ?? Self.utc
        }
        return zone ?? Self.utc
    }

    /// The instant `date` names; a date without a time is its day's start.
    public func instant(_ date: ContentDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone(of: date)
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: date.hour ?? 0, minute: date.minute ?? 0, second: date.second ?? 0)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// RFC 3339, as Atom's dates are written: `2026-12-03T14:00:00+01:00`, `…Z` in UTC.
    public func rfc3339(_ date: ContentDate) -> String {
        let offset = zone(of: date).secondsFromGMT(for: instant(date))
        return Self.digits(date.year, 4) + "-" + Self.digits(date.month, 2) + "-" + Self.digits(date.day, 2)
            + "T" + Self.digits(date.hour ?? 0, 2) + ":" + Self.digits(date.minute ?? 0, 2) + ":" + Self.digits(date.second ?? 0, 2)
            + Self.offsetText(offset, separator: ":")
    }

    /// `Z`, `+01:00` (or `+0100` without a separator, as iCalendar writes it).
    public static func offsetText(_ seconds: Int, separator: String) -> String {
        guard seconds != 0 || separator == "" else { return "Z" }
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let rest = magnitude % 60
        return sign + digits(magnitude / 3600, 2) + separator + digits(magnitude % 3600 / 60, 2) + (rest == 0 ? "" : separator + digits(rest, 2))
    }

    /// `+01:00` → 3600; `Z` → 0.
    public static func seconds(ofOffset text: String) -> Int? {
        if text == "Z" { return 0 }
        let bytes = Array(text.utf8)
        guard bytes.count == 6, let hours = Int(String(text.dropFirst().prefix(2))), let minutes = Int(String(text.suffix(2))) else { return nil }
        return (bytes[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    public static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
