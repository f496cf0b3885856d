@testable import Derived
import Foundation
@testable import Models
import Testing

/// The iCalendar writer, byte for byte: escaping, folding, line ends, times and zones.
@Suite struct ICalendarWriterTests {
    static let paris = TimeZone(identifier: "Europe/Paris")

    static func event(start: ContentDate, end: ContentDate? = nil, cancelled: Bool = false) -> CalendarEvent {
        CalendarEvent(
            uid: "seminars/s/talk-1@lab.example.org", start: start, end: end, summary: "Ana Costa: Sparsity, revisited",
            description: "Line one\nLine two; more", location: "Room 101", url: "https://lab.example.org/seminars/s/", cancelled: cancelled)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarText.escape("a\\b;c,d\ne\r\nf\rg\u{7}h\ti") == "a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti")
    }

    @Test func linesFoldAt75OctetsWithoutSplittingACharacter() {
        // 74 ASCII octets, then é (2 octets): a cut at 75 would split é, so the fold comes before it.
        let line = "SUMMARY:" + String(repeating: "a", count: 66) + "é" + String(repeating: "b", count: 80)
        let folded = ICalendarWriterTests.text(ICalendarText.folded(line))
        let expected = "SUMMARY:" + String(repeating: "a", count: 66) + "\r\n é" + String(repeating: "b", count: 72) + "\r\n "
            + String(repeating: "b", count: 8) + "\r\n"
        #expect(folded == expected)
        for physical in folded.components(separatedBy: "\r\n") { #expect(physical.utf8.count <= 75) }
        #expect(ICalendarWriterTests.text(ICalendarText.folded(String(repeating: "x", count: 75))) == String(repeating: "x", count: 75) + "\r\n")
        #expect(ICalendarWriterTests.text(ICalendarText.folded(String(repeating: "x", count: 76))) == String(repeating: "x", count: 75) + "\r\n x\r\n")
    }

    @Test func aTalkInEuropeParisHasTZIDAndAVTimeZoneOfItsYear() {
        var writer = ICalendarWriter(clock: SiteClock(zone: Self.paris))
        let start = ContentDate(year: 2026, month: 12, day: 3, hour: 14, minute: 0)
        let bytes = writer.calendar(name: "Lab, seminars", events: [Self.event(start: start, end: ContentDate(year: 2026, month: 12, day: 3, hour: 15, minute: 30))])
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sitegen//sitegen//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:Lab\\, seminars",
            "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:STANDARD", "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:seminars/s/talk-1@lab.example.org", "DTSTAMP:20261203T000000Z",
            "DTSTART;TZID=Europe/Paris:20261203T140000", "DTEND;TZID=Europe/Paris:20261203T153000",
            "SUMMARY:Ana Costa: Sparsity\\, revisited", "DESCRIPTION:Line one\\nLine two\\; more", "LOCATION:Room 101",
            "URL:https://lab.example.org/seminars/s/", "STATUS:CONFIRMED", "END:VEVENT",
            "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined()
        #expect(Self.text(bytes) == expected)
    }

    @Test func withoutAZoneTimesAreUTCAndAnOffsetIsConverted() {
        var writer = ICalendarWriter(clock: SiteClock(zone: nil))
        let lines = writer.lines(of: Self.event(
            start: ContentDate(year: 2026, month: 3, day: 10, hour: 14, minute: 0), end: ContentDate(year: 2026, month: 3, day: 10, hour: 15, minute: 0),
            cancelled: true))
        #expect(lines[3] == "DTSTART:20260310T140000Z")
        #expect(lines[4] == "DTEND:20260310T150000Z")
        #expect(lines.contains("STATUS:CANCELLED"))
        let calendar = Self.text(writer.calendar(name: nil, events: [Self.event(start: ContentDate(year: 2026, month: 3, day: 10, hour: 14, minute: 0))]))
        #expect(!calendar.contains("VTIMEZONE") && !calendar.contains("X-WR-CALNAME") && !calendar.contains("DTEND"))
        let paris = ICalendarWriter(clock: SiteClock(zone: Self.paris))
        #expect(paris.dateTime(ContentDate(year: 2026, month: 7, day: 1, hour: 9, minute: 30, utcOffset: "+02:00")) == ":20260701T073000Z")
    }

    @Test func aSessionWithoutATimeIsAnAllDayEvent() {
        var writer = ICalendarWriter(clock: SiteClock(zone: Self.paris))
        let bytes = writer.calendar(name: nil, events: [Self.event(start: ContentDate(year: 2026, month: 3, day: 15), end: nil)])
        let text = Self.text(bytes)
        #expect(text.contains("\r\nDTSTART;VALUE=DATE:20260315\r\n"))
        #expect(!text.contains("DTEND") && !text.contains("VTIMEZONE"), "a zone is needed only by times")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
    }

    @Test func aZoneWithoutChangesHasOneStandardPart() throws {
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        #expect(VTimeZoneBuilder.lines(for: tokyo, years: 2026...2026) == [
            "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0900",
            "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE",
        ])
    }

    @Test func aTalkTakesItsOwnTimeElseTheSessionsAndNoEndBeforeItsStart() {
        let talk = SeminarSession.Talk(title: "T", speaker: "S", time: TimeRange(start: "23:00", end: "01:00"))
        var session = SeminarSession(
            date: ContentDate(year: 2026, month: 3, day: 10), time: TimeRange(start: "10:00", end: "11:30"), location: nil, series: nil, talks: [talk])
        let late = session.schedule(of: talk)
        #expect(late == TalkSchedule(start: ContentDate(year: 2026, month: 3, day: 10, hour: 23, minute: 0)), "an end before the start is left out")
        var instant = talk
        instant.time = TimeRange(start: "10:00", end: "10:00")
        #expect(session.schedule(of: instant)?.end == nil, "an end at the start is no end")
        var untimed = talk
        untimed.time = nil
        #expect(session.schedule(of: untimed) == TalkSchedule(
            start: ContentDate(year: 2026, month: 3, day: 10, hour: 10, minute: 0), end: ContentDate(year: 2026, month: 3, day: 10, hour: 11, minute: 30)))
        let event = SeminarEvents.event(of: untimed, in: session, schedule: TalkSchedule(start: ContentDate(year: 2026, month: 3, day: 10)), uid: "u", url: "https://x.org/")
        #expect(event.isAllDay && event.end == nil)
        session.time = nil
        #expect(session.schedule(of: untimed)?.isAllDay == true, "no time anywhere: the whole day")
        session.date = ContentDate(year: 2026, month: 3, day: 10, hour: 9, minute: 15, utcOffset: "+05:30")
        #expect(session.schedule(of: untimed) == TalkSchedule(start: ContentDate(year: 2026, month: 3, day: 10, hour: 9, minute: 15, utcOffset: "+05:30")),
                "the date's own time and offset")
        #expect(session.schedule(of: talk)?.start.utcOffset == "+05:30")
        session.date = nil
        #expect(session.schedule(of: talk) == nil, "no date, no time")
    }
}
