import Foundation
import Models

/// The `VTIMEZONE` of a zone, from Foundation's transitions: one `STANDARD` or `DAYLIGHT`
/// part per change of offset, from the last change before `years` starts to the last within
/// it, so that every time in those years is defined. A zone that does not change (or has not
/// since before those years) gets one `STANDARD` part with its offset.
enum VTimeZoneBuilder {
    /// The content lines, unfolded, from `BEGIN:VTIMEZONE` to `END:VTIMEZONE`.
    static func lines(for zone: TimeZone, years: ClosedRange<Int>) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = SiteClock.utc
        let rangeStart = calendar.date(from: DateComponents(year: years.lowerBound, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
        let rangeEnd = calendar.date(from: DateComponents(year: years.upperBound + 1, month: 1, day: 1)) ?? rangeStart
        // Look from a year before, to find the change in force when the range starts.
        var cursor = calendar.date(byAdding: .year, value: -1, to: rangeStart) ?? rangeStart
        var transitions: [Date] = []
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < rangeEnd {
            transitions.append(next)
            cursor = next
        }
        let firstInRange = transitions.firstIndex(where: { $0 >= rangeStart }) ?? transitions.endIndex
        transitions.removeFirst(max(0, firstInRange - 1))
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        if transitions.isEmpty {
            let offset = zone.secondsFromGMT(for: rangeStart)
            lines += part(daylight: false, localStart: "19700101T000000", from: offset, to: offset)
        }
        for transition in transitions {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            let localStart = ICalendarWriter.localDateTime(transition.addingTimeInterval(TimeInterval(before)))
            lines += part(daylight: zone.isDaylightSavingTime(for: transition), localStart: localStart, from: before, to: after)
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private static func part(daylight: Bool, localStart: String, from: Int, to: Int) -> [String] {
        let name = daylight ? "DAYLIGHT" : "STANDARD"
        return [
            "BEGIN:\(name)", "DTSTART:\(localStart)",
            "TZOFFSETFROM:\(SiteClock.offsetText(from, separator: ""))", "TZOFFSETTO:\(SiteClock.offsetText(to, separator: ""))",
            "END:\(name)",
        ]
    }
}
