@testable import Build
import Models
import Parse
@testable import Render
import Testing

/// A rebuild of a site in which a few pages changed renders those pages and the pages that see
/// others (lists, the home page), and keeps every other page's output and views without
/// looking at it again (`PageRenderer.pagesToLookAt`). What it makes is what a fresh build
/// makes (`BuildMemoTests`).
@Suite struct RenderUpdateTests {
    static let files: [String: String] = {
        var files = ["content/index.md": "---\ntitle: Home\n---\nHello.\n"]
        for day in 1...9 { files["content/notes/n\(day).md"] = "---\ntitle: Note \(day)\n---\nNote \(day).\n" }
        return files
    }()

    /// Which pages' views a rebuild after `edit` kept, the same objects: by source path.
    func keptViews(after edit: (TempSite) throws -> Void) throws -> (kept: Set<String>, generated: SiteBuilder.Generated, memo: BuildMemo) {
        let site = try TempSite(Self.files)
        let options = BuildOptions(source: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))
        var memo = BuildMemo()
        _ = SiteBuilder().generate(options, memo: &memo)
        let before = try #require(memo.render?.views.pages)
        try edit(site)
        let generated = SiteBuilder().generate(options, memo: &memo, invalidated: nil)
        let after = try #require(memo.render?.views.pages)
        let kept = after.filter { key, views in before[key] === views }.compactMap(\.key.sourcePath)
        return (Set(kept), generated, memo)
    }

    @Test func aBodyEditLooksAtThatPageAndThoseThatSeeOthers() throws {
        let (kept, generated, _) = try keptViews { try $0.write("content/notes/n5.md", "---\ntitle: Note 5\n---\nNote 5, edited.\n") }
        #expect(kept == Set((1...9).filter { $0 != 5 }.map { "content/notes/n\($0).md" }))
        #expect(generated.report.pagesRendered == 2, "the note, and its list, which shows its first paragraph")
        let page = try #require(generated.items.first { $0.path == "notes/n5/index.html" })
        guard case .bytes(let contents) = page.source else { throw CancellationError() }
        #expect(String(decoding: contents, as: UTF8.self).contains("Note 5, edited."))
        let pages = Set(generated.items.map(\.path).filter { $0.hasSuffix(".html") })
        #expect(pages == Set(["index.html", "404.html", "notes/index.html"] + (1...9).map { "notes/n\($0)/index.html" }), "every page is served still")
    }

    /// The list sees a note edited past its first paragraph as before: it keeps its output
    /// without a view being made.
    @Test func anEditPastTheSummaryLeavesTheListAsItWas() throws {
        let memo = try keptViews { try $0.write("content/notes/n5.md", "---\ntitle: Note 5\n---\nNote 5.\n\nMore.\n") }.memo
        #expect(memo.render?.views.pages[.generated(outputPath: "notes/index.html")]?.isEarlier == true)
    }

    /// The page views of the pages an update did not look at stay in the memo: a later whole
    /// render still knows each unchanged page's view before rendering it.
    @Test func anUpdateKeepsThePageViewsOfThePagesItDidNotLookAt() throws {
        let site = try TempSite(Self.files)
        let options = BuildOptions(source: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))
        var memo = BuildMemo()
        _ = SiteBuilder().generate(options, memo: &memo)
        try site.write("content/notes/n5.md", "---\ntitle: Note 5\n---\nNote 5, edited.\n")
        _ = SiteBuilder().generate(options, memo: &memo)
        // A new page: the render looks at every page again.
        try site.write("content/notes/n10.md", "---\ntitle: Note 10\n---\nNote 10.\n")
        _ = SiteBuilder().generate(options, memo: &memo)
        #expect(memo.render?.views.pages[.source(path: "content/notes/n3.md", entry: nil)]?.isEarlier == true)
    }

    /// A page that moves leaves nothing in the memo at its old path.
    @Test func aMovedPageLeavesNoOutputBehind() throws {
        let memo = try keptViews { try $0.write("content/notes/n5.md", "---\ntitle: Note 5\nslug: five\n---\nNote 5.\n") }.memo
        let paths = try #require(memo.render?.entries.keys)
        #expect(paths.contains("notes/five/index.html") && !paths.contains("notes/n5/index.html"))
    }

    @Test func aChangedTemplateOrSiteLooksAtEveryPage() throws {
        let edits: [(String, (TempSite) throws -> Void)] = [
            ("a template", { try $0.write("templates/partials/footer.mustache", "<footer>changed</footer>\n") }),
            ("site.yml", { try $0.write("site.yml", "title: Renamed\n") }),
            ("a new page", { try $0.write("content/notes/n10.md", "---\ntitle: Note 10\n---\nNote 10.\n") }),
        ]
        for (what, edit) in edits {
            #expect(try keptViews(after: edit).kept.isEmpty, "\(what)")
        }
    }
}
