import Models

/// One `VEVENT`: a talk of a seminar session, with all the calendar file says of it.
struct CalendarEvent: Sendable, Equatable {
    /// Stable across builds and title edits: from the site's host, the session's page and the
    /// talk's place in it.
    var uid: String
    /// The start: a day alone (an all-day event), or a day and time.
    var start: ContentDate
    /// The end time on the start's day, when the programme gives one.
    var end: ContentDate?
    /// `Speaker: Title`.
    var summary: String
    var description: String?
    var location: String?
    /// The session page's absolute URL.
    var url: String
    var cancelled: Bool

    /// Whether the event is a whole day: its session gives no time.
    var isAllDay: Bool { start.hour == nil }
}
