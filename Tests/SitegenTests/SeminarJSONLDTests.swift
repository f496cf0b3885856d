import Build
import Foundation
import Models
import Testing

/// The `Event` and `EventSeries` markup of seminar sessions: exact text, read back by
/// Foundation's JSON parser, on each dated session's own page only, with the times the
/// calendar files give.
@Suite struct SeminarJSONLDTests {
    static let config = """
        title: "Lab of Ana"
        base_url: "https://lab.example.org/"
        timezone: Europe/Paris
        author:
          name: "Ana Costa"
        organization:
          name: "Institute of Tests"
          url: "https://tests.example.org/"
          address:
            street: "1 rue A"
            locality: "Lyon"
            postal_code: "69001"
            country: FR

        """

    static let files: [String: String] = [
        "site.yml": config,
        "content/index.md": "Welcome.\n",
        // Winter (+01:00): two talks, the first with its own time, the second at the session's.
        "content/seminars/2026-12-03-winter.md": """
            ---
            series: "Optimisation Seminar"
            location: "Room 2.14"
            time: "14:00"
            talks:
              - title: "Sign descent"
                speaker: "Inès Carvalho"
                affiliation: "University of Lisière"
                speaker_url: /people/ines/
                time: "14:00 - 14:45"
                abstract: "Sign descent <picks> other solutions."
              - title: "Edge of stability"
                speaker: "Priya Raman"
            ---

            """,
        // Summer (+02:00), one talk, no series: one node, no graph.
        "content/seminars/2026-06-10-summer.md": "---\nlocation: Room 1\ntime: \"10:00 - 11:00\"\ntalks:\n  - title: Summer talk\n    speaker: Jo Smith\n---\n",
        "content/seminars/2026-07-01-allday.md": "---\nlocation: Room 1\ntalks:\n  - title: A whole day\n    speaker: Jo Smith\n---\n",
        "content/seminars/2026-07-02-online.md": """
            ---
            time: "16:00 - 17:00"
            talks:
              - title: From afar
                speaker: Jo Smith
                online: https://meet.example.org/jo
            ---

            """,
        "content/seminars/2026-07-03-mixed.md": """
            ---
            location: Room 1
            online: https://meet.example.org/lab
            time: "09:00"
            talks:
              - title: Both ways
                speaker: Jo Smith
            ---

            """,
        "content/seminars/2026-07-04-cancelled.md": """
            ---
            series: "Optimisation Seminar"
            location: Room 1
            cancelled: true
            talks:
              - title: First
                speaker: Jo Smith
              - title: Second
                speaker: Ana Costa
            ---

            """,
        "content/seminars/2026-07-05-one-cancelled.md": """
            ---
            location: Room 1
            talks:
              - title: Given
                speaker: Jo Smith
              - title: Not given
                speaker: Ana Costa
                cancelled: true
            ---

            """,
        "content/seminars/tba.md": "---\nseries: Optimisation Seminar\nlocation: Room 1\ntalks:\n  - title: Some day\n    speaker: Jo Smith\n---\n",
    ]

    static let scheduled = "https://schema.org/EventScheduled"
    static let cancelled = "https://schema.org/EventCancelled"
    static let organizer = #""organizer":{"@type":"Organization","name":"Institute of Tests","url":"https://tests.example.org/"}"#
    static let room1 = #"{"@type":"Place","name":"Room 1","address":{"@type":"PostalAddress","streetAddress":"1 rue A","#
        + #""addressLocality":"Lyon","postalCode":"69001","addressCountry":"FR"}}"#

    static func built(_ files: [String: String] = files, baseURL: String? = nil) throws -> TempSite {
        let site = try TempSite(files)
        let report = site.build(baseURL: baseURL)
        #expect(report.succeeded)
        return site
    }

    static func script(_ path: String, in site: TempSite) throws -> (text: String, json: [String: Any])? {
        try JSONLDSiteTests.script(path, in: site)
    }

    /// The page's `Event` nodes, in order.
    static func events(_ path: String, in site: TempSite) throws -> [[String: Any]] {
        guard let json = try script(path, in: site)?.json else { return [] }
        let nodes = (json["@graph"] as? [[String: Any]]) ?? [json]
        return nodes.filter { $0["@type"] as? String == "Event" }
    }

    @Test func twoTalksInWinterAreTwoEventsOfTheirSeries() throws {
        let site = try Self.built()
        let script = try #require(try Self.script("seminars/2026-12-03-winter/index.html", in: site))
        let page = "https://lab.example.org/seminars/2026-12-03-winter/"
        let room = #"{"@type":"Place","name":"Room 2.14","address":{"@type":"PostalAddress","streetAddress":"1 rue A","#
            + #""addressLocality":"Lyon","postalCode":"69001","addressCountry":"FR"}}"#
        #expect(script.text == #"{"@context":"https://schema.org","@graph":["#
            + #"{"@type":"Event","@id":"\#(page)#talk-0","name":"Sign descent","#
            + #""startDate":"2026-12-03T14:00:00+01:00","endDate":"2026-12-03T14:45:00+01:00","#
            + #""eventStatus":"\#(Self.scheduled)","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","#
            + #""location":\#(room),"#
            + #""performer":{"@type":"Person","name":"Inès Carvalho","url":"https://lab.example.org/people/ines/","#
            + #""affiliation":{"@type":"Organization","name":"University of Lisière"}},"#
            + #"\#(Self.organizer),"description":"Sign descent \u003cpicks\u003e other solutions.","#
            + #""url":"\#(page)","superEvent":{"@id":"\#(page)#series"}},"#
            + #"{"@type":"Event","@id":"\#(page)#talk-1","name":"Edge of stability","startDate":"2026-12-03T14:00:00+01:00","#
            + #""eventStatus":"\#(Self.scheduled)","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","#
            + #""location":\#(room),"performer":{"@type":"Person","name":"Priya Raman"},"#
            + #"\#(Self.organizer),"url":"\#(page)","superEvent":{"@id":"\#(page)#series"}},"#
            + #"{"@type":"EventSeries","@id":"\#(page)#series","name":"Optimisation Seminar","#
            + #""subEvent":[{"@id":"\#(page)#talk-0"},{"@id":"\#(page)#talk-1"}]}]}"#)
        let graph = try #require(script.json["@graph"] as? [[String: Any]])
        #expect(graph.map { $0["@type"] as? String } == ["Event", "Event", "EventSeries"])
        #expect(graph[0]["description"] as? String == "Sign descent <picks> other solutions.")
        for event in graph.dropLast() {
            for key in ["name", "startDate", "location", "eventStatus", "eventAttendanceMode", "performer", "organizer"] {
                #expect(event[key] != nil, "\(key)")
            }
        }
        // What the markup says, the page shows.
        let html = try #require(site.page("seminars/2026-12-03-winter/index.html"))
        for shown in [
            "<dt>Location</dt><dd>Room 2.14</dd>", "<dt>Address</dt><dd>1 rue A, 69001 Lyon, FR</dd>",
            #"<dt>Organiser</dt><dd><a href="https://tests.example.org/">Institute of Tests</a></dd>"#,
            "<h1>Optimisation Seminar</h1>", #"<a href="/people/ines/">Inès Carvalho</a>, University of Lisière"#,
            #"<span class="talk-time">14:00–14:45</span>"#, "<dt>Time</dt><dd>14:00</dd>",
        ] {
            #expect(html.contains(shown), "\(shown)")
        }
    }

    @Test func summerTimesHaveTheSummerOffsetAndOneTalkIsOneNode() throws {
        let site = try Self.built()
        let script = try #require(try Self.script("seminars/2026-06-10-summer/index.html", in: site))
        let page = "https://lab.example.org/seminars/2026-06-10-summer/"
        #expect(script.text == #"{"@context":"https://schema.org","@type":"Event","@id":"\#(page)#talk-0","name":"Summer talk","#
            + #""startDate":"2026-06-10T10:00:00+02:00","endDate":"2026-06-10T11:00:00+02:00","#
            + #""eventStatus":"\#(Self.scheduled)","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","#
            + #""location":\#(Self.room1),"performer":{"@type":"Person","name":"Jo Smith"},\#(Self.organizer),"url":"\#(page)"}"#)
    }

    @Test func aSessionWithoutATimeIsADateAlone() throws {
        let site = try Self.built()
        let event = try #require(try Self.events("seminars/2026-07-01-allday/index.html", in: site).first)
        #expect(event["startDate"] as? String == "2026-07-01")
        #expect(event["endDate"] == nil)
    }

    @Test func anOnlineTalkIsAtAVirtualLocation() throws {
        let site = try Self.built()
        let script = try #require(try Self.script("seminars/2026-07-02-online/index.html", in: site))
        let page = "https://lab.example.org/seminars/2026-07-02-online/"
        #expect(script.text == #"{"@context":"https://schema.org","@type":"Event","@id":"\#(page)#talk-0","name":"From afar","#
            + #""startDate":"2026-07-02T16:00:00+02:00","endDate":"2026-07-02T17:00:00+02:00","#
            + #""eventStatus":"\#(Self.scheduled)","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","#
            + #""location":{"@type":"VirtualLocation","url":"https://meet.example.org/jo"},"#
            + #""performer":{"@type":"Person","name":"Jo Smith"},\#(Self.organizer),"url":"\#(page)"}"#)
        let html = try #require(site.page("seminars/2026-07-02-online/index.html"))
        #expect(html.contains(#"<p class="online">Online: <a href="https://meet.example.org/jo">https://meet.example.org/jo</a></p>"#))
        #expect(!html.contains("<dt>Address</dt>"), "no room, no address")
    }

    @Test func aSessionInARoomAndOnLineIsMixed() throws {
        let site = try Self.built()
        let event = try #require(try Self.events("seminars/2026-07-03-mixed/index.html", in: site).first)
        #expect(event["eventAttendanceMode"] as? String == "https://schema.org/MixedEventAttendanceMode")
        let location = try #require(event["location"] as? [[String: Any]])
        #expect(location.map { $0["@type"] as? String } == ["Place", "VirtualLocation"])
        #expect(location[0]["name"] as? String == "Room 1")
        #expect(location[1]["url"] as? String == "https://meet.example.org/lab")
        #expect(event["startDate"] as? String == "2026-07-03T09:00:00+02:00")
    }

    @Test func aCancelledSessionCancelsEveryTalkAndACancelledTalkOnlyItself() throws {
        let site = try Self.built()
        let whole = try Self.events("seminars/2026-07-04-cancelled/index.html", in: site)
        #expect(whole.map { $0["eventStatus"] as? String } == [Self.cancelled, Self.cancelled])
        #expect(whole.map { $0["startDate"] as? String } == ["2026-07-04", "2026-07-04"], "a cancelled talk keeps its date")
        let one = try Self.events("seminars/2026-07-05-one-cancelled/index.html", in: site)
        #expect(one.map { $0["eventStatus"] as? String } == [Self.scheduled, Self.cancelled])
        #expect(site.page("seminars/2026-07-04-cancelled/index.html")?.contains("This session is cancelled.") == true)
        #expect(site.page("seminars/2026-07-05-one-cancelled/index.html")?.contains(#"Not given <span class="cancelled-mark">Cancelled</span>"#) == true)
    }

    @Test func aSessionWithoutADateAndListPagesHaveNoEvent() throws {
        let site = try Self.built()
        #expect(try Self.script("seminars/tba/index.html", in: site) == nil)
        for path in ["seminars/index.html", "index.html", "404.html"] {
            #expect(site.page(path)?.contains("\"Event") == false, "\(path)")
        }
    }

    /// Without `organization:` the site's author organizes, and the page says so; without a host
    /// the nodes are told apart by fragments and no URL is written.
    @Test func withoutOrganizationOrHostTheAuthorOrganizesAndIDsAreFragments() throws {
        var files = Self.files
        files["site.yml"] = "title: Lab\ntimezone: Europe/Paris\nauthor:\n  name: Ana Costa\n"
        let site = try Self.built(files, baseURL: "/lab/")
        let script = try #require(try Self.script("seminars/2026-12-03-winter/index.html", in: site))
        let graph = try #require(script.json["@graph"] as? [[String: Any]])
        #expect(graph.map { $0["@id"] as? String } == ["#talk-0", "#talk-1", "#series"])
        #expect((graph[1]["superEvent"] as? [String: Any])?["@id"] as? String == "#series")
        #expect(graph[0]["organizer"] as? [String: String] == ["@type": "Person", "name": "Ana Costa"])
        #expect(graph[0]["location"] as? [String: String] == ["@type": "Place", "name": "Room 2.14"], "no address without organization")
        #expect(!script.text.contains("\"url\""))
        let html = try #require(site.page("seminars/2026-12-03-winter/index.html"))
        #expect(html.contains(#"<dt>Organiser</dt><dd><a href="/lab/">Ana Costa</a></dd>"#))
        #expect(!html.contains("<dt>Address</dt>"))
    }

    /// The demo's sessions: each Event starts and ends at the instants its calendar file says,
    /// with the same status, talk by talk.
    @Test func theDemoEventsHaveTheTimesOfItsCalendarFiles() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let output = try TempSite()
        let report = SiteBuilder().build(BuildOptions(source: repository, output: output.output, buildDate: ContentDate(year: 2026, month: 11, day: 22)))
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        var compared = 0
        for path in output.outputFiles().keys.sorted() where path.hasSuffix("/calendar.ics") {
            let calendar = try #require(output.page(path))
            let vevents = Self.vevents(calendar)
            let pagePath = String(path.dropLast("calendar.ics".count)) + "index.html"
            let events = try Self.events(pagePath, in: output)
            #expect(events.count == vevents.count, "\(path)")
            for (vevent, event) in zip(vevents, events) {
                let talk = try #require(vevent["UID"]?.split(separator: "@").first?.split(separator: "-").last.flatMap { Int($0) })
                #expect((event["@id"] as? String)?.hasSuffix("#talk-\(talk - 1)") == true, "\(path)")
                #expect(Self.instant(vevent["DTSTART"]) == Self.instant(event["startDate"] as? String), "\(path) talk \(talk)")
                #expect(Self.instant(vevent["DTEND"]) == Self.instant(event["endDate"] as? String), "\(path) talk \(talk)")
                #expect((vevent["STATUS"] == "CANCELLED") == (event["eventStatus"] as? String == Self.cancelled), "\(path) talk \(talk)")
                compared += 1
            }
        }
        #expect(compared == 5, "the demo's three sessions have five talks")
    }

    /// Each `VEVENT`'s properties, unfolded, by name: `DTSTART;TZID=Europe/Paris:20261203T103000`
    /// is `DTSTART` → `TZID=Europe/Paris:20261203T103000`.
    static func vevents(_ calendar: String) -> [[String: String]] {
        let lines = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = [:] } else if line == "END:VEVENT", let event = current {
                events.append(event)
                current = nil
            } else if current != nil, let cut = line.firstIndex(where: { $0 == ":" || $0 == ";" }) {
                current?[String(line[..<cut])] = String(line[line.index(after: cut)...])
            }
        }
        return events
    }

    /// The instant an iCalendar value or an ISO 8601 text names; a day alone as its text, so
    /// that an all-day event agrees only with a date.
    static func instant(_ value: String?) -> String? {
        guard let value else { return nil }
        if value.hasPrefix("VALUE=DATE:") {
            let day = value.dropFirst("VALUE=DATE:".count)
            return "\(day.prefix(4))-\(day.dropFirst(4).prefix(2))-\(day.suffix(2))"
        }
        if value.count == 10 { return value }
        var zone = TimeZone(identifier: "UTC")
        var stamp = value
        if value.hasPrefix("TZID="), let colon = value.firstIndex(of: ":") {
            zone = TimeZone(identifier: String(value[value.index(value.startIndex, offsetBy: 5)..<colon]))
            stamp = String(value[value.index(after: colon)...])
        } else if value.hasPrefix(":") {
            stamp = String(value.dropFirst())
        }
        if stamp.count >= 15, !stamp.contains("-") {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = zone
            formatter.dateFormat = "yyyyMMdd'T'HHmmss"
            return formatter.date(from: String(stamp.prefix(15))).map { String($0.timeIntervalSince1970) }
        }
        return ISO8601DateFormatter().date(from: stamp).map { String($0.timeIntervalSince1970) }
    }
}
