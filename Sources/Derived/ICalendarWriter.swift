import Foundation
import Models

/// Writes an iCalendar file (RFC 5545) of talks: a `VCALENDAR` published to be read
/// (`METHOD:PUBLISH`), a `VTIMEZONE` for the site's zone when it has one, and one `VEVENT` per
/// talk.
///
/// Times are written as the site shows them. With a zone they are local times with `TZID`;
/// without one they are UTC (`…Z`); a date written with its own offset is turned into UTC. A
/// talk without an end time has no `DTEND`: RFC 5545 §3.6.1 makes it end when it starts, and
/// the page shows no end to invent one from. A session without a time is an all-day event
/// (`VALUE=DATE`), which with no `DTEND` lasts its day.
///
/// `DTSTAMP` is the start's day at 00:00 UTC: RFC 5545 requires one, and the build time would
/// make every rebuild look like a new revision of every talk to calendars.
struct ICalendarWriter: Sendable {
    static let productID = "-//sitegen//sitegen//EN"

    var clock: SiteClock
    /// The `VTIMEZONE` lines made so far, by years: the many files of one build mostly share them.
    private var timeZoneLines: [ClosedRange<Int>: [String]] = [:]

    init(clock: SiteClock) {
        self.clock = clock
    }

    /// The whole file, CRLF line ends and folded lines.
    mutating func calendar(name: String?, events: [CalendarEvent]) -> [UInt8] {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        if let name { lines.append("X-WR-CALNAME:" + ICalendarText.escape(name)) }
        let timed = events.filter { !$0.isAllDay && $0.start.utcOffset == nil }
        if let zone = clock.zone, let first = timed.map(\.start.year).min(), let last = timed.map(\.start.year).max() {
            let years = first...last
            let zoneLines = timeZoneLines[years] ?? VTimeZoneBuilder.lines(for: zone, years: years)
            timeZoneLines[years] = zoneLines
            lines += zoneLines
        }
        for event in events { lines += self.lines(of: event) }
        lines.append("END:VCALENDAR")
        var bytes: [UInt8] = []
        for line in lines { bytes += ICalendarText.folded(line) }
        return bytes
    }

    func lines(of event: CalendarEvent) -> [String] {
        var lines = [
            "BEGIN:VEVENT", "UID:" + event.uid,
            "DTSTAMP:" + Self.localDateTime(stamp(of: event)) + "Z",
            "DTSTART" + dateTime(event.start),
        ]
        if let end = event.end, !event.isAllDay { lines.append("DTEND" + dateTime(end)) }
        lines.append("SUMMARY:" + ICalendarText.escape(event.summary))
        if let description = event.description { lines.append("DESCRIPTION:" + ICalendarText.escape(description)) }
        if let location = event.location { lines.append("LOCATION:" + ICalendarText.escape(location)) }
        lines.append("URL:" + event.url)
        lines.append("STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"))
        lines.append("END:VEVENT")
        return lines
    }

    /// `;VALUE=DATE:20261203`, `;TZID=Europe/Paris:20261203T140000` or `:20261203T130000Z`.
    func dateTime(_ date: ContentDate) -> String {
        let day = SiteClock.digits(date.year, 4) + SiteClock.digits(date.month, 2) + SiteClock.digits(date.day, 2)
        guard date.hour != nil else { return ";VALUE=DATE:" + day }
        if date.utcOffset == nil, let zone = clock.zone {
            return ";TZID=\(zone.identifier):" + day + "T" + Self.clockText(date)
        }
        return ":" + Self.localDateTime(clock.instant(date)) + "Z"
    }

    /// The start's day at 00:00 UTC.
    func stamp(of event: CalendarEvent) -> Date {
        SiteClock(zone: nil).instant(ContentDate(year: event.start.year, month: event.start.month, day: event.start.day))
    }

    /// `140000` from a date's time of day.
    static func clockText(_ date: ContentDate) -> String {
        SiteClock.digits(date.hour ?? 0, 2) + SiteClock.digits(date.minute ?? 0, 2) + SiteClock.digits(date.second ?? 0, 2)
    }

    /// `20261203T140000`: the UTC fields of `instant`, without a zone mark.
    static func localDateTime(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = SiteClock.utc
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let date = ContentDate(
            year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0,
            second: parts.second ?? 0)
        return SiteClock.digits(date.year, 4) + SiteClock.digits(date.month, 2) + SiteClock.digits(date.day, 2) + "T" + clockText(date)
    }
}
