@testable import Models
import Site
import Testing

/// The rules about time, decided once at assembly against the build day.
@Suite struct TimeStatusTests {
    static let day = BuildDay(ContentDate(year: 2026, month: 6, day: 1, hour: 18, minute: 30))

    func session(_ date: ContentDate?) -> PageModel {
        .seminar(SeminarSession(date: date, time: nil, location: nil, series: nil, talks: []))
    }

    func job(deadline: ContentDate?) -> PageModel {
        .job(JobOffer(position: nil, location: nil, salary: nil, start: nil, duration: nil, deadline: deadline, contacts: [],
                      howToApply: nil, references: []))
    }

    @Test func theBuildDayKeepsOnlyItsDate() {
        #expect(Self.day.date == ContentDate(year: 2026, month: 6, day: 1))
    }

    @Test func aSessionIsUpcomingUntilTheEndOfItsDay() {
        #expect(TimeStatus(of: session(ContentDate(year: 2026, month: 6, day: 1, hour: 9, minute: 0)), on: Self.day) == .upcoming,
                "earlier in the day than a --now with a time, still upcoming: days are compared")
        #expect(TimeStatus(of: session(ContentDate(year: 2026, month: 6, day: 1)), on: Self.day) == .upcoming)
        #expect(TimeStatus(of: session(ContentDate(year: 2026, month: 5, day: 31, hour: 23, minute: 59)), on: Self.day) == .past)
        #expect(TimeStatus(of: session(ContentDate(year: 2027, month: 1, day: 1)), on: Self.day) == .upcoming)
        #expect(TimeStatus(of: session(nil), on: Self.day) == .upcoming, "undated: to be announced")
    }

    @Test func aTalkGivenIsUpcomingUntilTheEndOfItsDay() {
        func talk(_ date: ContentDate) -> PageModel { .talk(GivenTalk(date: date, coauthors: [])) }
        #expect(TimeStatus(of: talk(ContentDate(year: 2026, month: 6, day: 1, hour: 9, minute: 0)), on: Self.day) == .upcoming)
        #expect(TimeStatus(of: talk(ContentDate(year: 2026, month: 6, day: 2)), on: Self.day) == .upcoming)
        #expect(TimeStatus(of: talk(ContentDate(year: 2026, month: 5, day: 31, hour: 23, minute: 59)), on: Self.day) == .past)
    }

    @Test func aJobIsOpenOnItsDeadlineDayAndClosedTheDayAfter() {
        #expect(TimeStatus(of: job(deadline: ContentDate(year: 2026, month: 6, day: 1)), on: Self.day) == .open)
        #expect(TimeStatus(of: job(deadline: ContentDate(year: 2026, month: 6, day: 1, hour: 8, minute: 0)), on: Self.day) == .open)
        #expect(TimeStatus(of: job(deadline: ContentDate(year: 2026, month: 5, day: 31)), on: Self.day) == .closed)
        #expect(TimeStatus(of: job(deadline: ContentDate(year: 2025, month: 12, day: 31)), on: Self.day) == .closed)
        #expect(TimeStatus(of: job(deadline: nil), on: Self.day) == .open, "no deadline: open")
    }

    @Test func otherModelsAreNotBoundToTime() {
        #expect(TimeStatus(of: .page, on: Self.day) == nil)
        #expect(TimeStatus(of: .news(NewsItem(date: ContentDate(year: 2020, month: 1, day: 1))), on: Self.day) == nil)
    }

    /// Assembly stores the answer on the page, for every later stage to read.
    @Test func assemblyStoresTheStatusOnThePage() throws {
        let site = try ViewTestSite([
            "content/seminars/2026-05-31-s.md": "---\ntalks: [{title: T, speaker: S}]\n---\n",
            "content/jobs/j.md": "---\ntitle: J\ndeadline: 2026-06-01\n---\n",
            "content/notes/n.md": "---\ntitle: N\n---\n",
        ], on: "2026-06-01T23:00").site
        #expect(try #require(site.pages.first { $0.route == "seminars/2026-05-31-s/" }).timeStatus == .past)
        #expect(try #require(site.pages.first { $0.route == "jobs/j/" }).timeStatus == .open)
        #expect(try #require(site.pages.first { $0.route == "notes/n/" }).timeStatus == nil)
        #expect(try #require(site.pages.first { $0.route == "seminars/" }).timeStatus == nil, "a list is not bound to time")
    }
}
