import Foundation
import Models
import Site

/// The seminars' iCalendar files: `seminars/seminars.ics` for the series (the sessions still
/// to come and those of the past year), and `calendar.ics` beside each dated session's page.
public struct SeminarCalendars: DerivedOutput {
    public var path: String { FeedCatalog.seriesCalendarPath }
    public var needsOrigin: Bool { true }

    public var skippedName: String { "\(path) (and each session's calendar.ics)" }

    public init() {}

    public func applies(to site: Site) -> Bool {
        !site.pages(ofKind: .seminar).isEmpty
    }

    public struct Inputs: Sendable, Equatable {
        var events: SeminarEvents?
        var clock: SiteClock
        var seriesName: String
        var buildDay: ContentDate
    }

    /// The calendars read the seminar sessions alone.
    public func mayRead(_ old: SitePage, becoming new: SitePage) -> Bool {
        old.kind == .seminar || new.kind == .seminar
    }

    public func inputs(of site: Site) -> Inputs {
        let events = site.pages(ofKind: .seminar).isEmpty ? nil : SeminarEvents(of: site)
        return Inputs(
            events: events, clock: SiteClock(zone: site.config.timeZone), seriesName: "\(site.config.title): seminars",
            buildDay: site.buildDay.date)
    }

    public func derive(from inputs: Inputs) -> DerivedOutcome {
        guard let events = inputs.events else { return DerivedOutcome() }
        var writer = ICalendarWriter(clock: inputs.clock)
        let yearAgo = ContentDate(year: inputs.buildDay.year - 1, month: inputs.buildDay.month, day: inputs.buildDay.day)
        let series = events.sessions.filter { session in session.date.map { Self.day(of: $0) >= yearAgo } ?? false }
        var files = [DerivedFile(path: path, contents: writer.calendar(name: inputs.seriesName, events: series.flatMap(\.events)))]
        for session in events.sessions where session.date != nil {
            files.append(DerivedFile(
                path: FeedCatalog.sessionCalendarPath(route: session.route), contents: writer.calendar(name: nil, events: session.events)))
        }
        return DerivedOutcome(files: files, diagnostics: events.diagnostics)
    }

    static func day(of date: ContentDate) -> ContentDate {
        ContentDate(year: date.year, month: date.month, day: date.day)
    }
}
