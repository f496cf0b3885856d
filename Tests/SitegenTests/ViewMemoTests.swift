import Load
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

    func memo(_ site: Site, earlier: ViewMemo?) throws -> ViewMemo {
        let templates = try #require(TemplateSet.compile(Theme.builtin).templates)
        let builder = ViewBuilder(site: site)
        let siteView = builder.siteView()
        let entries = ListedEntries(templates: templates, siteView: siteView, isSame: earlier?.siteView == siteView)
        return ViewMemo(site: site, builder: builder, entries: entries, earlier: earlier)
    }

    @Test func anUnchangedPageKeepsItsSummaryAndPageView() throws {
        let site = try ViewTestSite(Self.files).site
        var first = try memo(site, earlier: nil)
        let page = try #require(site.pages.first { $0.route == "notes/a/" })
        let builder = ViewBuilder(site: site)
        let view = first.pageView(for: page, summary: first.summary(of: page, builder: builder), builder: builder)
        first.record(pageViews: [ViewMemo.key(of: page): view])

        let second = try memo(site, earlier: first)
        #expect(sameStorage(second.pages[ViewMemo.key(of: page)]?.summary, first.pages[ViewMemo.key(of: page)]?.summary))
        #expect(sameStorage(second.pages[ViewMemo.key(of: page)]?.view, view), "the page view is known before rendering")
        #expect(sameStorage(second.siteView(for: page, builder: ViewBuilder(site: site)), first.siteView(for: page, builder: ViewBuilder(site: site))))
    }

    /// A list shows each page's entry partial, rendered once: an unchanged page keeps it (the
    /// same storage, so that comparing list views stops at identity), a changed one gets a new one.
    @Test func listedEntriesAreRenderedAgainOnlyForChangedSummaries() throws {
        let files = [
            "content/news/2026-01-01-a.md": "---\ntitle: Alpha news\n---\nFirst.\n",
            "content/news/2026-01-02-b.md": "---\ntitle: Beta news\n---\nSecond.\n",
        ]
        let site = try ViewTestSite(files).site
        let first = try memo(site, earlier: nil)
        func listed(_ memo: ViewMemo, _ site: Site, _ name: String) throws -> [String: ViewValue]? {
            let page = try #require(site.pages.first { $0.sourcePath == "content/news/2026-01-0\(name).md" })
            return memo.pages[ViewMemo.key(of: page)]?.listed
        }
        guard case .html(let entry)? = try listed(first, site, "1-a")?["entry"] else {
            Issue.record("no entry for the first news item")
            return
        }
        #expect(entry.html.contains(">Alpha news</a>"), "\(entry.html)")

        var edited = files
        edited["content/news/2026-01-02-b.md"] = "---\ntitle: Beta news, edited\n---\nSecond.\n"
        let next = try ViewTestSite(edited).site
        let second = try memo(next, earlier: first)
        #expect(sameStorage(try listed(second, next, "1-a"), try listed(first, site, "1-a")))
        guard case .html(let changed)? = try listed(second, next, "2-b")?["entry"] else {
            Issue.record("no entry for the second news item")
            return
        }
        #expect(changed.html.contains(">Beta news, edited</a>"), "\(changed.html)")
    }

    /// A page parsed again to the same summary (a body edit) keeps the earlier summary storage,
    /// but not its page view, whose content changed.
    @Test func anEqualSummaryMadeAgainIsReplacedByTheEarlierOne() throws {
        let site = try ViewTestSite(Self.files).site
        var edited = Self.files
        edited["content/notes/a.md"] = "---\ntitle: A\n---\nFirst.\n\nMore.\n"
        let next = try ViewTestSite(edited).site
        var first = try memo(site, earlier: nil)
        let key = PageID.source(path: "content/notes/a.md", entry: nil)
        let page = try #require(site.pages.first { ViewMemo.key(of: $0) == key })
        let builder = ViewBuilder(site: site)
        first.record(pageViews: [key: first.pageView(for: page, summary: first.summary(of: page, builder: builder), builder: builder)])
        #expect(first.renderedViews[key] != nil)
        let second = try memo(next, earlier: first)
        #expect(sameStorage(second.pages[key]?.summary, first.pages[key]?.summary))
        #expect(second.pages[key]?.view == nil, "the earlier page view holds the earlier body")
    }

    @Test func aChangedSiteInputRebuildsSummaries() throws {
        let site = try ViewTestSite(Self.files).site
        let first = try memo(site, earlier: nil)
        // The same pages (the same parsed content), under another base path.
        var moved = site
        moved.config.basePath = "/lab/"
        let second = try memo(moved, earlier: first)
        let key = PageID.source(path: "content/notes/b.md", entry: nil)
        #expect(second.inputs.basePath == "/lab/")
        #expect(second.pages[key]?.summary["url"] == .text("/lab/notes/b/"))

        // Owners change no note's summary: each is made again, found equal, and the earlier kept.
        var owned = site
        owned.config.ownerNames = ["Someone"]
        let third = try memo(owned, earlier: first)
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
        let first = try memo(before, earlier: nil)
        var after = before
        after.pages = after.pages.map { page in
            var page = page
            if page.timeStatus == .upcoming { page.timeStatus = .past }
            return page
        }
        let second = try memo(after, earlier: first)
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
        let first = try memo(site, earlier: nil)
        let changes: [(inout Site) -> Void] = [
            { $0.config.publications.coauthors = [LabeledLink(label: "K. Osei", url: WebURL("https://osei.example.org/")!)] },
            { $0.config.publications.nameStyle = .lastFirst },
            { $0.config.publications.maxAuthors = 1 },
        ]
        for change in changes {
            var changed = site
            change(&changed)
            let second = try memo(changed, earlier: first)
            #expect(second.inputs != first.inputs)
            #expect(second.pages[key]?.summary != first.pages[key]?.summary)
        }
    }
}

extension ViewMemoTests {
    /// A memo for `site` that knows every page's `page` view, as a render records them.
    func rendered(_ site: Site, earlier: ViewMemo?) throws -> ViewMemo {
        var made = try memo(site, earlier: earlier)
        let builder = ViewBuilder(site: site)
        var views: [ViewMemo.PageKey: [String: ViewValue]] = [:]
        for page in site.pages {
            views[ViewMemo.key(of: page)] = made.pageView(for: page, summary: made.summary(of: page, builder: builder), builder: builder)
        }
        made.record(pageViews: views)
        return made
    }

    /// A list whose pages are all listed as before, in the same order, renders from what it
    /// rendered from before; a listed page with another title or another place in the list,
    /// or a page listed anew, makes it render again.
    @Test func aListIsEarlierWhileEveryPageItListsIsListedAsBefore() throws {
        let files = [
            "content/news/2026-01-01-a.md": "---\ntitle: Alpha\n---\nFirst.\n",
            "content/news/2026-01-02-b.md": "---\ntitle: Beta\n---\nSecond.\n",
        ]
        let list = PageID.generated(outputPath: "news/index.html")
        let first = try rendered(try ViewTestSite(files).site, earlier: nil)
        #expect(first.pages[list]?.listedKeys == [
            .source(path: "content/news/2026-01-02-b.md", entry: nil), .source(path: "content/news/2026-01-01-a.md", entry: nil),
        ])
        #expect(try memo(try ViewTestSite(files).site, earlier: first).pages[list]?.isEarlier == true)

        // What is written at a path, and whether the list is then as it was.
        let edits: [(label: String, path: String, text: String, isEarlier: Bool)] = [
            ("a body edit past the summary", "content/news/2026-01-01-a.md",
             "---\ntitle: Alpha\n---\nFirst.\n\nMore of the body, which the summary does not show.\n", true),
            ("a listed page's title", "content/news/2026-01-01-a.md", "---\ntitle: Alpha, edited\n---\nFirst.\n", false),
            ("a listed page moved up the list", "content/news/2026-01-01-a.md", "---\ntitle: Alpha\ndate: 2026-01-03\n---\nFirst.\n", false),
            ("a page listed anew", "content/news/2026-01-03-c.md", "---\ntitle: Gamma\n---\nThird.\n", false),
        ]
        for (label, path, text, isEarlier) in edits {
            var edited = files
            edited[path] = text
            let second = try memo(try ViewTestSite(edited).site, earlier: first)
            #expect(second.pages[list]?.isEarlier == isEarlier, "\(label)")
        }
    }
}
