import Derived
import Load
@testable import Markdown
import Parse
@testable import Render
import Site
import Synchronization
import Testing

/// A build that writes each page as it renders it lets go of each page's body HTML once the page
/// is written, but for the pages a later stage still reads: what it writes is what a build that
/// keeps everything writes.
@Suite struct BodyReleaseTests {
    static let config = "title: Lab\nbase_url: https://lab.example.org/group/\nfeed_limit: 2\n"
    static let files = [
        "content/index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "content/news/2026-01-05-award.md": "---\ntitle: An award\n---\nThe award.\n",
        "content/news/2026-02-01-short.md": "A news item shown only in the list.\n",
        "content/news/2025-12-24-old.md": "---\ntitle: Old news\n---\nOld.\n",
        "content/publications/p.md": "---\ntitle: A paper\nauthors: [Ada Quinlan]\ndate: 2025-07-01\n---\nThe paper's notes.\n",
        "content/publications/q.md": "---\ntitle: Another paper\nauthors: [Ada Quinlan]\ndate: 2025-01-01\n---\nMore notes.\n",
        "content/publications/r.md": "---\ntitle: An old paper\nauthors: [Ada Quinlan]\ndate: 2024-01-01\n---\nOld notes.\n",
        "content/seminars/2026-07-01-s.md": "---\ntalks:\n  - title: A talk\n    speaker: Jo Smith\n---\nComing.\n",
        "content/seminars/2026-01-01-past.md": "---\ntalks:\n  - title: Past\n    speaker: Jo Smith\n---\nGone.\n",
        "content/about.md": "---\ntitle: About\n---\n## Who\n\nWe are a lab.\n",
    ]

    /// Each feed reads the bodies of its newest `feed_limit` entries, and of no other page.
    @Test func theFeedsReadTheBodiesOfTheirEntriesAlone() throws {
        let site = try ViewTestSite(config: Self.config, Self.files).site
        let read = DerivedStage().pagesReadingBody(of: site)
        #expect(Set(read.compactMap(\.sourcePath)) == [
            "content/news/2026-02-01-short.md", "content/news/2026-01-05-award.md", "content/publications/p.md",
            "content/publications/q.md", "content/seminars/2026-07-01-s.md",
        ])
        let withoutHost = try ViewTestSite(config: "title: Lab\n", Self.files).site
        #expect(DerivedStage().pagesReadingBody(of: withoutHost).isEmpty, "no feed is made without a host")
    }

    /// Rendered with `emit` and `kept`, every page is emitted as the stage that keeps all renders
    /// it; the pages rendered let go of their HTML unless kept, and keep their summaries and
    /// headings; the pages only listed keep everything.
    @Test func writingAsItRendersLetsGoOfTheBodiesNoStageStillReads() throws {
        let templates = try #require(TemplateSet.compile(Theme.builtin).templates)
        let kept = try ViewTestSite(config: Self.config, Self.files).site
        let expected = PageRenderer(templates: templates).render(kept)

        let site = try ViewTestSite(config: Self.config, Self.files).site
        let before = Dictionary(uniqueKeysWithValues: site.pages.map { ($0.id, $0.body) })
        let keptIDs: Set = [try #require(site.pages.first { $0.sourcePath == "content/news/2026-01-05-award.md" }?.id)]
        let emitted = Mutex<[String: [UInt8]]>([:])
        let output = PageRenderer(templates: templates).render(site, emit: { file in
            emitted.withLock { $0[file.path] = file.contents }
        }, keepingBodiesOf: keptIDs)
        #expect(output.diagnostics.isEmpty && output.files.isEmpty)
        #expect(emitted.withLock { $0 } == Dictionary(uniqueKeysWithValues: expected.files.map { ($0.path, $0.contents) }))

        for page in site.pages {
            let earlier = try #require(before[page.id])
            let mustKeep = page.role == .listedOnly || keptIDs.contains(page.id)
            #expect(page.body.html == (mustKeep ? earlier.html : ""), "\(page.id)")
            #expect(page.body.summary == earlier.summary && page.body.headings == earlier.headings, "\(page.id)")
        }
        let about = try #require(site.pages.first { $0.sourcePath == "content/about.md" })
        #expect(about.body.headings.map(\.text) == ["Who"] && about.body.summary == "We are a lab.")
    }

    @Test func lettingGoOfTheHTMLKeepsTheRestOfTheBody() {
        var document = MarkdownRenderer().render("# T\n\nFirst [link](/a/).\n\n## Part\n")
        let whole = document
        document.releaseHTML()
        #expect(whole.html.contains("href") && !whole.rootRelativeURLs.isEmpty)
        #expect(document.html.isEmpty && document.rootRelativeURLs.isEmpty && document.html(basePath: "/lab/").isEmpty)
        #expect(document.headings == whole.headings && document.summary == whole.summary && document.extractedTitle == whole.extractedTitle)
    }
}
