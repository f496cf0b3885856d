import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The Atom feeds as builds write them, read back with Foundation's XML parser.
@Suite struct AtomFeedTests {
    static let files = [
        "site.yml": "title: Lab\nbase_url: https://lab.example.org/group/\ntimezone: Europe/Paris\nfeed_limit: 2\nauthor:\n  name: Ada Quinlan\n",
        "content/news/2026-01-05-award.md": "---\ntitle: An award & a prize\n---\nSee [the paper](/publications/p/), [notes](notes.pdf) and [home](https://example.org/x).\n",
        "content/news/2026-02-01-short.md": "A news item without a title, shown only in the list.\n",
        "content/news/2025-12-24-old.md": "---\ntitle: Old news\n---\nOld.\n",
        "content/publications/p.md": "---\ntitle: A paper\nauthors: [Ada Quinlan, Ana Costa]\ndate: 2025-07-01\nvenue: Journal of Tests\nabstract: We test.\n---\n",
        "content/seminars/2026-07-01-s.md": "---\nlocation: Room 1\ntime: \"14:00 - 15:00\"\ncancelled: true\ntalks:\n  - title: A talk\n    speaker: Jo Smith\n    online: https://meet.example.org/jo\n---\n",
        "content/seminars/2026-01-01-past.md": "---\ntalks:\n  - title: Past\n    speaker: Jo Smith\n---\n",
    ]

    /// The feed's elements: its id and updated, and each entry's id, title, updated, link and content.
    struct Feed {
        var id = ""
        var updated = ""
        var base = ""
        var entries: [[String: String]] = []
    }

    static func parse(_ text: String) throws -> Feed {
        let document = try XMLDocument(data: Data(text.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "feed" && root.uri == "http://www.w3.org/2005/Atom")
        func child(_ element: XMLElement, _ name: String) -> XMLElement? { element.elements(forName: name).first }
        func attribute(_ element: XMLElement?, _ name: String) -> String? { element?.attributes?.first { $0.name == name }?.stringValue }
        var feed = Feed()
        feed.id = child(root, "id")?.stringValue ?? ""
        feed.updated = child(root, "updated")?.stringValue ?? ""
        feed.base = attribute(root, "xml:base") ?? ""
        for entry in root.elements(forName: "entry") {
            feed.entries.append([
                "id": child(entry, "id")?.stringValue ?? "", "title": child(entry, "title")?.stringValue ?? "",
                "updated": child(entry, "updated")?.stringValue ?? "",
                "link": attribute(child(entry, "link"), "href") ?? "",
                "content": child(entry, "content")?.stringValue ?? "",
                "contentType": attribute(child(entry, "content"), "type") ?? "",
                "authors": entry.elements(forName: "author").compactMap { child($0, "name")?.stringValue }.joined(separator: "|"),
            ])
        }
        return feed
    }

    @Test func theNewsFeedHasStableIdsDatesFromContentAndAbsoluteLinks() throws {
        let site = try TempSite(Self.files)
        let report = site.build(now: "2026-06-01")
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let feed = try Self.parse(try #require(site.page("news/atom.xml")))
        #expect(feed.id == "https://lab.example.org/group/news/atom.xml")
        #expect(feed.base == "https://lab.example.org/group/")
        #expect(feed.entries.count == 2, "feed_limit: 2")
        #expect(feed.entries.map { $0["updated"] } == ["2026-02-01T00:00:00+01:00", "2026-01-05T00:00:00+01:00"], "newest first")
        #expect(feed.updated == "2026-02-01T00:00:00+01:00", "the newest entry's")
        #expect(feed.entries[0]["link"] == "https://lab.example.org/group/news/", "an item without a page links to the list")
        let award = feed.entries[1]
        #expect(award["id"] == "tag:lab.example.org,2026-01-05:/group/news/2026-01-05-award/")
        #expect(award["title"] == "An award & a prize")
        #expect(award["contentType"] == "html")
        #expect(award["content"] == "<p>See <a href=\"https://lab.example.org/group/publications/p/\">the paper</a>, "
            + "<a href=\"https://lab.example.org/group/news/2026-01-05-award/notes.pdf\">notes</a> and <a href=\"https://example.org/x\">home</a>.</p>\n")

        // A changed title, a rebuild on a later day: the same ids and dates.
        try site.write("content/news/2026-01-05-award.md", "---\ntitle: A prize\n---\nText.\n")
        site.build(now: "2026-09-01")
        let again = try Self.parse(try #require(site.page("news/atom.xml")))
        #expect(again.entries.map { $0["id"] } == feed.entries.map { $0["id"] })
        #expect(again.entries.map { $0["updated"] } == feed.entries.map { $0["updated"] })
        #expect(again.updated == feed.updated)
        #expect(again.entries[1]["title"] == "A prize")
    }

    @Test func thePublicationFeedHasThePapersDateAuthorsVenueAndAbstract() throws {
        let site = try TempSite(Self.files)
        site.build(now: "2026-06-01")
        let feed = try Self.parse(try #require(site.page("publications/atom.xml")))
        #expect(feed.entries.count == 1)
        let paper = feed.entries[0]
        #expect(paper["id"] == "tag:lab.example.org,2025-07-01:/group/publications/p/")
        #expect(paper["updated"] == "2025-07-01T00:00:00+02:00")
        #expect(paper["authors"] == "Ada Quinlan|Ana Costa")
        #expect(paper["content"] == "<p>Ada Quinlan, Ana Costa</p>\n<p><em>Journal of Tests</em></p>\n<p>We test.</p>\n")
    }

    @Test func theSeminarFeedHasUpcomingSessionsOnlyWithCancelledAndOnline() throws {
        let site = try TempSite(Self.files)
        site.build(now: "2026-06-01")
        let feed = try Self.parse(try #require(site.page("seminars/atom.xml")))
        #expect(feed.entries.map { $0["id"] } == ["tag:lab.example.org,2026-07-01:/group/seminars/2026-07-01-s/"])
        let session = feed.entries[0]
        #expect(session["title"] == "Cancelled: Seminar, Room 1 (2026-07-01)")
        #expect(session["updated"] == "2026-07-01T00:00:00+02:00")
        #expect(session["content"] == "<p><strong>This session is cancelled.</strong></p>\n<p>2026-07-01, 14:00–15:00 · Room 1</p>\n"
            + "<p><strong>Jo Smith</strong>: A talk — online: <a href=\"https://meet.example.org/jo\">https://meet.example.org/jo</a></p>\n")
    }
}
