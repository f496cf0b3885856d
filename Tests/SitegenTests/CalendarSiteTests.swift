import Foundation
import Testing

/// Feeds and calendars in a built site: the files, the links pages carry to them, and the rule
/// for a site without a host.
@Suite struct CalendarSiteTests {
    static let files = [
        "site.yml": "title: Lab\nbase_url: https://lab.example.org/group/\ntimezone: Europe/Paris\n",
        "content/news/2026-01-05-award.md": "---\ntitle: An award\n---\nText.\n",
        "content/seminars/2026-07-01-s.md": "---\nlocation: Room 1\ntime: \"14:00\"\ntalks:\n  - title: A talk\n    speaker: Jo Smith\n    cancelled: true\n  - title: On line\n    speaker: Ana Costa\n    online: https://meet.example.org/ana\n---\n",
        "content/seminars/2025-05-01-old.md": "---\ntalks:\n  - title: Too old\n    speaker: Jo Smith\n---\n",
        "content/seminars/tba.md": "---\ntime: \"10:00\"\ntalks:\n  - title: Some day\n    speaker: Jo Smith\n---\n",
    ]

    static let headLinks = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Lab: News\" href=\"/group/news/atom.xml\">\n"
        + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Lab: Upcoming seminars\" href=\"/group/seminars/atom.xml\">\n"

    @Test func aSiteWithAHostHasItsFeedsCalendarsAndLinksToThem() throws {
        let site = try TempSite(Self.files)
        let report = site.build(now: "2026-06-01")
        #expect(report.rendered == """
            content/seminars/tba.md:1:1: warning: this seminar session has a time but no 'date', so it is left out of the calendar files
            content/seminars/tba.md:1:1: warning: this seminar session has no 'date': it is listed as 'date to be announced'
             1 | ---
               | ^
            """)
        for path in ["news/atom.xml", "seminars/atom.xml", "seminars/seminars.ics", "seminars/2026-07-01-s/calendar.ics", "seminars/2025-05-01-old/calendar.ics"] {
            #expect(site.page(path) != nil, "\(path)")
        }
        #expect(site.page("publications/atom.xml") == nil, "no publications, no feed")
        #expect(site.page("seminars/tba/calendar.ics") == nil, "no date, no calendar")
        for page in ["index.html", "news/index.html", "seminars/2026-07-01-s/index.html", "404.html"] {
            #expect(site.page(page)?.contains(Self.headLinks) == true, "\(page)")
        }
        let series = try #require(site.page("seminars/seminars.ics"))
        #expect(series.contains("UID:group/seminars/2026-07-01-s/talk-1@lab.example.org\r\n"))
        #expect(series.contains("UID:group/seminars/2026-07-01-s/talk-2@lab.example.org\r\n"))
        #expect(!series.contains("Too old"), "more than a year before the build day")
        #expect(series.components(separatedBy: "STATUS:CANCELLED").count == 2, "the cancelled talk only")
        #expect(series.contains("DTSTART;TZID=Europe/Paris:20260701T140000\r\n"))
        #expect(series.contains("LOCATION:Room 1\r\n"))

        let subscribe = "<a class=\"button\" href=\"webcal://lab.example.org/group/seminars/seminars.ics\">"
        let feed = "<a href=\"https://lab.example.org/group/seminars/seminars.ics\">"
        let page = try #require(site.page("seminars/2026-07-01-s/index.html"))
        #expect(page.contains("""
            <ul class="calendar-links">
            <li><a class="button" href="/group/seminars/2026-07-01-s/calendar.ics" download>Add to calendar</a></li>
            <li>\(subscribe)Subscribe to the series</a></li>
            <li>\(feed)Series calendar (.ics)</a></li>
            </ul>
            """))
        #expect(page.contains("<h2 id=\"talk-0\">A talk <span class=\"cancelled-mark\">Cancelled</span></h2>"))
        #expect(page.contains("<p class=\"online\">Online: <a href=\"https://meet.example.org/ana\">https://meet.example.org/ana</a></p>"))
        let list = try #require(site.page("seminars/index.html"))
        #expect(list.contains("""
            <ul class="calendar-links">
            <li>\(subscribe)Subscribe to the seminar calendar</a></li>
            <li>\(feed)Seminar calendar (.ics)</a></li>
            </ul>
            """))
        #expect(list.contains("<a class=\"button\" href=\"/group/seminars/2026-07-01-s/calendar.ics\" download>Add to calendar</a>"))
        #expect(list.contains("<span class=\"speaker\">Jo Smith</span>: A talk <span class=\"cancelled-mark\">Cancelled</span></li>"))
        #expect(list.contains("<span class=\"speaker\">Ana Costa</span>: On line <a class=\"online-mark\" href=\"https://meet.example.org/ana\">Online</a></li>"))
        #expect(!list.contains("seminars/tba/calendar.ics"))
    }

    @Test func withoutAHostNoFeedNoCalendarNoLinkAndOneWarning() throws {
        var files = Self.files
        files["site.yml"] = "title: Lab\nbase_url: /group/\n"
        files["content/seminars/tba.md"] = nil
        let site = try TempSite(files)
        let report = site.build(now: "2026-06-01")
        #expect(report.rendered == "warning: base_url has no host, so sitemap.xml, robots.txt, news/atom.xml, seminars/atom.xml and "
            + "seminars/seminars.ics (and each session's calendar.ics) are not written and pages have no canonical link, og:url, og:image, "
            + "citation_pdf_url, citation_abstract_html_url or JSON-LD url; give a full URL such as https://example.org/ in site.yml or with --base-url")
        let written = site.outputFiles().keys
        #expect(!written.contains { $0.hasSuffix(".ics") || $0.hasSuffix("atom.xml") })
        for page in ["index.html", "seminars/index.html", "seminars/2026-07-01-s/index.html"] {
            let text = try #require(site.page(page))
            #expect(!text.contains("application/atom+xml") && !text.contains(".ics") && !text.contains("webcal"), "\(page)")
        }
    }
}
