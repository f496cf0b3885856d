import Models
@testable import Render
@testable import Site
import Parse
import Testing

/// What `ViewMemo` reuses from the previous build, and what it makes again.
@Suite struct ViewMemoTests {
    static let files = [
        "content/notes/a.md": "---\ntitle: A\n---\nFirst.\n",
        "content/notes/b.md": "---\ntitle: B\n---\nSecond.\n",
    ]

    /// Whether two objects are one value (the same storage), not only equal ones.
    func sameStorage(_ left: [String: ViewValue]?, _ right: [String: ViewValue]?) -> Bool {
        guard let left, let right else { return false }
        return withUnsafeBytes(of: left) { leftBytes in withUnsafeBytes(of: right) { leftBytes.elementsEqual($0) } }
    }

    func memo(_ site: Site, earlier: ViewMemo?) -> ViewMemo {
        ViewMemo(site: site, builder: ViewBuilder(site: site), earlier: earlier)
    }

    @Test func anUnchangedPageKeepsItsSummaryAndPageView() throws {
        let site = try ViewTestSite(Self.files).site
        var first = memo(site, earlier: nil)
        let page = try #require(site.pages.first { $0.route == "notes/a/" })
        let view = first.pageView(for: page, builder: ViewBuilder(site: site))
        first.record(pageViews: [ViewMemo.key(of: page): view])

        let second = memo(site, earlier: first)
        #expect(sameStorage(second.pages[ViewMemo.key(of: page)]?.summary, first.pages[ViewMemo.key(of: page)]?.summary))
        #expect(sameStorage(second.pages[ViewMemo.key(of: page)]?.view, view), "the page view is known before rendering")
        #expect(sameStorage(second.siteView(for: page, builder: ViewBuilder(site: site)), first.siteView(for: page, builder: ViewBuilder(site: site))))
    }

    /// A page parsed again to the same summary (a body edit) keeps the earlier summary storage,
    /// but not its page view, whose content changed.
    @Test func anEqualSummaryMadeAgainIsReplacedByTheEarlierOne() throws {
        let site = try ViewTestSite(Self.files).site
        var edited = Self.files
        edited["content/notes/a.md"] = "---\ntitle: A\n---\nFirst.\n\nMore.\n"
        let next = try ViewTestSite(edited).site
        var first = memo(site, earlier: nil)
        let key = PageID.source(path: "content/notes/a.md", entry: nil)
        let page = try #require(site.pages.first { ViewMemo.key(of: $0) == key })
        first.record(pageViews: [key: first.pageView(for: page, builder: ViewBuilder(site: site))])
        #expect(first.pages[key]?.view != nil)
        let second = memo(next, earlier: first)
        #expect(sameStorage(second.pages[key]?.summary, first.pages[key]?.summary))
        #expect(second.pages[key]?.view == nil, "the earlier page view holds the earlier body")
    }

    @Test func aChangedSiteInputRebuildsSummaries() throws {
        let site = try ViewTestSite(Self.files).site
        let first = memo(site, earlier: nil)
        // The same pages (the same parsed content), under another base path.
        var moved = site
        moved.config.basePath = "/lab/"
        let second = memo(moved, earlier: first)
        let key = PageID.source(path: "content/notes/b.md", entry: nil)
        #expect(second.inputs.basePath == "/lab/")
        #expect(second.pages[key]?.summary["url"] == .text("/lab/notes/b/"))

        // Owners change no note's summary: each is made again, found equal, and the earlier kept.
        var owned = site
        owned.config.ownerNames = ["Someone"]
        let third = memo(owned, earlier: first)
        #expect(third.inputs != first.inputs)
        #expect(sameStorage(third.pages[key]?.summary, first.pages[key]?.summary))
    }

    /// The build day moving past a session changes only that session's summary.
    @Test func aPageWhoseTimeStatusChangedGetsANewSummary() throws {
        let files = [
            "content/seminars/2026-06-01-s.md": "---\ntalks: [{title: T, speaker: S}]\n---\n",
            "content/notes/a.md": "---\ntitle: A\n---\nFirst.\n",
        ]
        let before = try ViewTestSite(files, on: "2026-06-01").site
        let first = memo(before, earlier: nil)
        var after = before
        after.pages = after.pages.map { page in
            var page = page
            if page.timeStatus == .upcoming { page.timeStatus = .past }
            return page
        }
        let second = memo(after, earlier: first)
        let session = PageID.source(path: "content/seminars/2026-06-01-s.md", entry: nil)
        #expect(second.pages[session]?.summary["seminar"]?["upcoming"] == .bool(false))
        #expect(sameStorage(second.pages[PageID.source(path: "content/notes/a.md", entry: nil)]?.summary, first.pages[PageID.source(path: "content/notes/a.md", entry: nil)]?.summary))
    }
}

extension ViewMemoTests {
    /// A changed co-author page, name style or `max_authors` makes a publication's summary again.
    @Test func publicationSettingsRebuildPublicationSummaries() throws {
        let site = try ViewTestSite([
            "content/publications/p.md": "---\ntitle: P\nauthors: [Kwame Osei, Bo Lee]\nyear: 2024\n---\n",
        ]).site
        let key = PageID.source(path: "content/publications/p.md", entry: nil)
        let first = memo(site, earlier: nil)
        let changes: [(inout Site) -> Void] = [
            { $0.config.publications.coauthors = [LabeledLink(label: "K. Osei", url: WebURL("https://osei.example.org/")!)] },
            { $0.config.publications.nameStyle = .lastFirst },
            { $0.config.publications.maxAuthors = 1 },
        ]
        for change in changes {
            var changed = site
            change(&changed)
            let second = memo(changed, earlier: first)
            #expect(second.inputs != first.inputs)
            #expect(second.pages[key]?.summary != first.pages[key]?.summary)
        }
    }
}
