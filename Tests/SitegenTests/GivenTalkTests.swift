import Check
import Diagnostics
import Foundation
@testable import Models
import Testing

/// Talks given (`content/talks/`): the model, its page and list, the home page's latest talks,
/// the JSON-LD, and the `talks/` files that are still seminar sessions.
@Suite struct GivenTalkTests {
    static let config = """
        title: Lab
        base_url: https://lab.example.org/
        author:
          name: Léa Martin
          affiliation: Institute of Tests
        owner_names: [Léa Martin]
        coauthors:
          Ana Costa: https://example.org/costa

        """

    static func talk(_ title: String, _ date: String, extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)---\n"
    }

    /// Talks on both sides of the build day (2026-06-01): one on the day itself, which the
    /// seminars' rule counts as still to come.
    static let timeline = [
        "site.yml": config,
        "content/talks/far.md": talk("Far ahead", "2027-03-01"),
        "content/talks/soon.md": talk("Soon", "2026-09-10"),
        "content/talks/today.md": talk("On the build day", "2026-06-01 09:00"),
        "content/talks/winter.md": talk("Last winter", "2026-02-01"),
        "content/talks/autumn.md": talk("Last autumn", "2025-10-10"),
        "content/talks/spring.md": talk("Last spring", "2025-03-03"),
    ]

    /// Where each text first appears in `page`; fails the test when one is missing.
    static func positions(of texts: [String], in page: String) throws -> [String.Index] {
        try texts.map { text in try #require(page.range(of: text), "missing: \(text)").lowerBound }
    }

    @Test func aTalkPageShowsEveryKey() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/talks/2026-05-20-keynote.md": """
                ---
                title: Sparse factors at scale
                date: 2026-05-20
                type: invited talk
                venue: Conference on Sparse Methods
                event_url: https://example.org/csm
                location: Lisbon, Portugal
                slides: /talks/slides.pdf
                url_video: https://video.example.org/k
                coauthors: [Ana Costa, Priya Raman]
                abstract: Why $n$ factors are cheap.
                collection: talks
                ---
                Notes.
                """,
            "content/talks/slides.pdf": "pdf",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let page = try #require(site.page("talks/2026-05-20-keynote/index.html"))
        #expect(page.contains(#"<p class="kicker">Invited talk</p>"#))
        #expect(page.contains("<h1>Sparse factors at scale</h1>"))
        #expect(page.contains(#"<p class="byline">With <span class="authors"><a class="coauthor" href="https://example.org/costa">Ana Costa</a>, Priya Raman</span></p>"#))
        #expect(page.contains(#"<dt>Date</dt><dd><time datetime="2026-05-20">20 May 2026</time></dd>"#), "past: no upcoming mark")
        #expect(page.contains(#"<dt>Event</dt><dd><a href="https://example.org/csm">Conference on Sparse Methods</a></dd>"#))
        #expect(page.contains("<dt>Location</dt><dd>Lisbon, Portugal</dd>"))
        #expect(page.contains(#"<li><a href="/talks/slides.pdf">Slides</a></li><li><a href="https://video.example.org/k">Video</a></li>"#))
        #expect(page.contains(#"<h2 id="abstract">Abstract</h2>"#) && page.contains("<math"))
        #expect(page.contains("<p>Notes.</p>"))
        #expect(page.contains(#"<meta name="description" content="Notes.">"#))
        #expect(site.page("talks/slides.pdf") == "pdf")
    }

    @Test func theListPutsUpcomingTalksFirstSoonestFirstThenThePastByYear() throws {
        let site = try TempSite(Self.timeline)
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        let list = try #require(site.page("talks/index.html"))
        #expect(list.contains("<h1>Talks</h1>"))
        let order = try Self.positions(of: [
            #"<h2 id="upcoming">Upcoming</h2>"#, ">On the build day<", ">Soon<", ">Far ahead<",
            #"<h2 id="year-2026">2026</h2>"#, ">Last winter<",
            #"<h2 id="year-2025">2025</h2>"#, ">Last autumn<", ">Last spring<",
        ], in: list)
        #expect(order == order.sorted())
        #expect(list.components(separatedBy: ">Soon<").count == 2, "each talk listed once")
        #expect(!list.contains("year-2027"), "upcoming talks are not repeated under their year")
        #expect(list.contains(#"<p class="when"><time datetime="2026-02-01">1 February 2026</time></p>"#))
        let today = try #require(site.page("talks/today/index.html"))
        #expect(today.contains(#"<span class="upcoming-mark">Upcoming</span>"#))
        #expect(site.page("talks/winter/index.html")?.contains("upcoming-mark") == false)
    }

    @Test func withoutUpcomingTalksTheListHasNoUpcomingHeading() throws {
        let site = try TempSite(["content/talks/old.md": Self.talk("Old", "2020-01-01")])
        #expect(site.build().succeeded)
        let list = try #require(site.page("talks/index.html"))
        #expect(!list.contains(#"id="upcoming""#))
        #expect(list.contains(#"<h2 id="year-2020">2020</h2>"#))
    }

    @Test func theHomePageShowsTheNextTalksThenTheLatestFiveInAll() throws {
        let site = try TempSite(Self.timeline.merging(["content/index.md": "Welcome.\n"]) { $1 })
        #expect(site.build().succeeded)
        let home = try #require(site.page("index.html"))
        #expect(home.contains(#"<h2 id="latest-talks">Talks</h2>"#))
        let order = try Self.positions(of: [">On the build day<", ">Soon<", ">Far ahead<", ">Last winter<", ">Last autumn<"], in: home)
        #expect(order == order.sorted())
        #expect(!home.contains("Last spring"), "five talks at most")
        #expect(home.contains(#"<a href="/talks/">All talks</a>"#))
        let plain = try TempSite(["content/index.md": "Welcome.\n"])
        #expect(plain.build().succeeded)
        #expect(plain.page("index.html")?.contains("latest-talks") == false, "no talks, no section")
    }

    @Test func theDefaultMenuLinksTheTalksAfterPublicationsAndBeforeSeminars() throws {
        let site = try TempSite([
            "content/talks/a.md": Self.talk("A", "2026-01-01"),
            "content/seminars/s.md": "---\ndate: 2026-01-02\ntalks: [{title: T, speaker: S}]\n---\n",
            "content/publications/p.md": "---\ntitle: P\nauthors: [X]\nyear: 2020\n---\n",
        ])
        #expect(site.build().succeeded)
        let home = try #require(site.page("index.html"))
        let order = try Self.positions(of: [#"href="/publications/">"#, #"href="/talks/">Talks<"#, #"href="/seminars/">"#], in: home)
        #expect(order == order.sorted())
    }

    @Test func aTalkIsAnEventPerformedByTheAuthor() throws {
        let site = try TempSite([
            "site.yml": Self.config + "timezone: Europe/Paris\n",
            "content/talks/k.md": Self.talk("Keynote", "2026-07-02 14:30", extra: """
                event: Conference on Sparse Methods
                event_url: https://example.org/csm
                location: Lisbon
                abstract: Why factors.

                """),
            "content/talks/d.md": Self.talk("Day only", "2026-01-05"),
        ])
        #expect(site.build().succeeded)
        let keynote = try #require(try JSONLDSiteTests.script("talks/k/index.html", in: site)?.text)
        #expect(keynote == #"{"@context":"https://schema.org","@type":"Event","name":"Keynote","startDate":"2026-07-02T14:30:00+02:00","#
            + #""eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","#
            + #""location":{"@type":"Place","name":"Lisbon"},"#
            + #""superEvent":{"@type":"Event","name":"Conference on Sparse Methods","url":"https://example.org/csm"},"#
            + #""performer":{"@type":"Person","name":"Léa Martin","affiliation":{"@type":"Organization","name":"Institute of Tests"},"#
            + #""url":"https://lab.example.org/"},"description":"Why factors.","url":"https://lab.example.org/talks/k/"}"#)
        let day = try #require(try JSONLDSiteTests.script("talks/d/index.html", in: site)?.json)
        #expect(day["startDate"] as? String == "2026-01-05")
        #expect(day["location"] == nil && day["superEvent"] == nil)
        #expect(try JSONLDSiteTests.script("talks/index.html", in: site) == nil, "lists have none")
    }

    @Test func aTalksFileShapedLikeASessionIsStillASessionWithAWarning() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/talks/2026-03-02-list.md": "---\nseries: Reading group\ntalks:\n  - title: List form\n    speaker: Jo Smith\n---\n",
            "content/talks/2026-07-09-flat.md": "---\nlocation: Room 3\nfirst_seminar_title: Flat form\nfirst_seminar_speaker: Sam Lee\n---\n",
            "content/talks/2026-08-01-said.md": "---\nkind: seminar\ntalks: [{title: Said so, speaker: Kim Park}]\n---\n",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        let advice = "so it is read as a seminar session; talks/ is now for talks you gave: move it to seminars/ or add 'kind: seminar'"
        #expect(report.diagnostics.map(\.headline) == [
            "content/talks/2026-03-02-list.md:3:1: warning: this file has 'talks', " + advice,
            "content/talks/2026-07-09-flat.md:3:1: warning: this file has 'first_seminar_title', " + advice,
        ])
        let session = try #require(site.page("talks/2026-03-02-list/index.html"))
        #expect(session.contains(#"<article class="page seminar">"#) && session.contains("List form"))
        #expect(site.page("talks/2026-07-09-flat/index.html")?.contains("Flat form") == true)
        let list = try #require(site.page("talks/index.html"))
        #expect(list.contains(#"<article class="section seminar-list">"#), "a folder of sessions keeps the sessions' list")
        #expect(list.contains("Said so") && list.contains(#"<h2 id="past">Past sessions</h2>"#))
    }

    @Test func aTalkInAFolderOfSessionsMakesTheListOneOfTalks() throws {
        let site = try TempSite([
            "content/talks/2026-03-02-list.md": "---\ntalks: [{title: Session talk, speaker: Jo Smith}]\n---\n",
            "content/talks/given.md": Self.talk("Given", "2026-01-01"),
        ])
        #expect(site.build().succeeded)
        let list = try #require(site.page("talks/index.html"))
        #expect(list.contains(#"<article class="section talk-list">"#))
        #expect(list.contains(">Given<"))
    }

    @Test func aSiteOfTalksHasNothingBrokenPageByPage() async throws {
        let site = try TempSite(Self.timeline.merging([
            "content/index.md": "Welcome.\n",
            "content/talks/index.md": "---\ntitle: Talks given\n---\nInvited and contributed talks.\n",
            "content/talks/slides.md": Self.talk("With slides", "2024-05-05", extra: "slides: /talks/s.pdf\nevent: W\nevent_url: https://example.org/w\n"),
            "content/talks/s.pdf": "pdf",
        ]) { $1 })
        let report = await CheckFixtureTests.report(forSite: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))
        #expect(report.problems.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(report.pagesChecked >= 9)
        #expect(site.build().succeeded)
        #expect(site.page("talks/index.html")?.contains("<h1>Talks given</h1>") == true)
        #expect(site.page("talks/index.html")?.contains("<p>Invited and contributed talks.</p>") == true)
        for name in ["far", "soon", "today", "winter", "autumn", "spring", "slides"] {
            let page = try #require(site.page("talks/\(name)/index.html"), "\(name)")
            #expect(page.contains(#"<a href="/talks/">All talks</a>"#), "\(name)")
            #expect(page.contains(#"<article class="page given-talk">"#), "\(name)")
        }
    }

    @Test func anAcademicpagesTalkBuildsWithoutAWarning() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/talks/2013-03-01-tutorial.md": """
                ---
                title: "A tutorial on testing"
                collection: talks
                talk_type: "Tutorial"
                venue: "A university, a department"
                date: 2013-03-01
                location: "Berkeley CA, USA"
                ---

                What the tutorial covered.
                """,
        ])
        let report = site.build()
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.rendered)")
        let page = try #require(site.page("talks/2013-03-01-tutorial/index.html"))
        #expect(page.contains(#"<p class="kicker">Tutorial</p>"#))
        #expect(page.contains("<dt>Event</dt><dd>A university, a department</dd>"))
        #expect(page.contains("<dt>Location</dt><dd>Berkeley CA, USA</dd>"))
    }

    @Test func typesAreLabelledAndFreeTextIsKept() {
        func label(_ type: String) -> String? {
            GivenTalk(date: ContentDate(year: 2026, month: 1, day: 1), type: type, coauthors: []).typeLabel
        }
        #expect(label("keynote") == "Keynote")
        #expect(label("INVITED TALK") == "Invited talk")
        #expect(label("Conference proceedings talk") == "Conference proceedings talk")
    }
}
