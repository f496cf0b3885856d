import Models

/// The day a site is built for, without a time of day: what "upcoming", "past", "open" and
/// "closed" are decided against (see `TimeStatus`). Days are compared as written, without
/// time zones, like every date of the site.
public struct BuildDay: Sendable, Hashable {
    /// The day alone: a `--now` with a time of day keeps only its date here.
    public let date: ContentDate

    public init(_ date: ContentDate) {
        self.date = ContentDate(year: date.year, month: date.month, day: date.day)
    }

    /// Whether `date` falls on this day or later, whatever its time: a session held on the
    /// build day is still upcoming, a deadline on the build day has not passed.
    public func hasNotPassed(_ date: ContentDate) -> Bool {
        ContentDate(year: date.year, month: date.month, day: date.day) >= self.date
    }

    /// Whether `date` falls on this day or earlier, whatever its time: what has happened by the
    /// build day (a sitemap's `lastmod` takes no date still to come).
    public func hasCome(_ date: ContentDate) -> Bool {
        ContentDate(year: date.year, month: date.month, day: date.day) <= self.date
    }
}
