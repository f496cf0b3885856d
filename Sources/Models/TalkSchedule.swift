/// When a talk takes place: on its session's day, at the talk's own time, else the session's,
/// else the date's own time; a whole day when none is given. One rule for the calendar files
/// and the JSON-LD, so that both name the same times.
public struct TalkSchedule: Sendable, Hashable {
    /// The start: a day alone (a whole day), or a day and time.
    public var start: ContentDate
    /// The end time on the start's day, when the programme gives one that comes after the start.
    public var end: ContentDate?

    public init(start: ContentDate, end: ContentDate? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether the talk takes its whole day: its session gives no time.
    public var isAllDay: Bool { start.hour == nil }

    /// `14:05` → (14, 5).
    static func clock(_ text: String) -> (hour: Int, minute: Int)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        return (hour, minute)
    }
}

extension SeminarSession {
    /// When `talk` takes place; nil when the session has no date.
    public func schedule(of talk: Talk) -> TalkSchedule? {
        guard let date else { return nil }
        var schedule = TalkSchedule(start: date)
        guard let range = talk.time ?? time, let clock = TalkSchedule.clock(range.start) else { return schedule }
        (schedule.start.hour, schedule.start.minute, schedule.start.second) = (clock.hour, clock.minute, nil)
        // An end before the start (`23:00 - 01:00`) would end the talk before it begins: left out.
        if let endText = range.end, let endClock = TalkSchedule.clock(endText), (endClock.hour, endClock.minute) > (clock.hour, clock.minute) {
            schedule.end = ContentDate(
                year: date.year, month: date.month, day: date.day, hour: endClock.hour, minute: endClock.minute, utcOffset: date.utcOffset)
        }
        return schedule
    }
}
