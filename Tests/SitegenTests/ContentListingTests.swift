import Foundation
import Build
@testable import Load
import Models
import Testing

/// A rebuild told which paths changed lists `content/` by asking about those paths alone, and
/// gets what listing the whole folder gets; when only a whole listing can tell, it says so. A
/// path nobody named is not looked at.
@Suite struct ContentListingTests {
    static let files = [
        "content/index.md": "Home.\n",
        "content/news/a.md": "A.\n",
        "content/news/c.md": "C.\n",
        "content/files/paper.pdf": "%PDF",
    ]

    func listing(_ site: TempSite) -> ContentListing {
        let listed = SiteScanner(root: site.root).files(in: "content")
        return ContentListing(entries: listed.entries, diagnostics: listed.diagnostics)
    }

    /// Updated with `changed`, the earlier listing equals a whole new listing.
    func expectUpdated(_ earlier: ContentListing, _ site: TempSite, changed: Set<String>, _ what: String) throws {
        let updated = try #require(earlier.updated(with: changed, scanner: SiteScanner(root: site.root), folder: "content"), "\(what)")
        #expect(updated.entries == listing(site).entries, "\(what)")
        #expect(updated.diagnostics.isEmpty)
    }

    @Test func editsCreationsAndDeletionsOfFilesNeedNoWholeListing() throws {
        let site = try TempSite(Self.files)
        var earlier = listing(site)
        try site.write("content/news/a.md", "A, longer now.\n")
        try expectUpdated(earlier, site, changed: ["content/news/a.md"], "an edit")
        earlier = listing(site)

        try site.write("content/news/b.md", "B.\n")
        try site.write("content/zz/new.md", "In a new folder.\n")
        try site.write("content/news/c.md", "C again.\n", atomically: true)
        try expectUpdated(earlier, site, changed: ["content/news/b.md", "content/zz/new.md", "content/news/c.md"], "new files")
        earlier = listing(site)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/news/a.md"))
        try expectUpdated(earlier, site, changed: ["content/news/a.md", "templates/page.mustache", "site.yml"], "a deleted file")
        earlier = listing(site)

        try site.write("content/news/.a.md.swp", "editor state")
        try site.write("content/.hidden/x.md", "hidden")
        try expectUpdated(earlier, site, changed: ["content/news/.a.md.swp", "content/.hidden/x.md", "content/.hidden"], "hidden files")
        try expectUpdated(earlier, site, changed: [], "nothing")
        try expectUpdated(earlier, site, changed: ["content/never-there.md"], "a file created and deleted")
    }

    @Test func foldersLinksAndEarlierWarningsNeedAWholeListing() throws {
        let site = try TempSite(Self.files)
        let earlier = listing(site)
        let scanner = SiteScanner(root: site.root)
        try site.write("content/new/x.md", "X.\n")
        #expect(earlier.updated(with: ["content/new"], scanner: scanner, folder: "content") == nil, "a new folder")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/news"))
        #expect(earlier.updated(with: ["content/news"], scanner: scanner, folder: "content") == nil, "a folder gone that held files")
        #expect(earlier.updated(with: ["content"], scanner: scanner, folder: "content") == nil, "the content folder itself")
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/link.md"), withDestinationURL: site.root.appendingPathComponent("content/index.md"))
        #expect(earlier.updated(with: ["content/link.md"], scanner: scanner, folder: "content") == nil, "a link")
        #expect(earlier.updated(with: ["content/caf\u{FFFD}.md"], scanner: scanner, folder: "content") == nil, "a name not UTF-8")

        var warned = earlier
        warned.diagnostics = [.warning("skipped: a symbolic link to nothing", at: .start(of: "content/gone.md"))]
        #expect(warned.updated(with: ["content/index.md"], scanner: scanner, folder: "content") == nil, "an earlier warning")
    }

    /// The loader of a rebuild trusts the paths it is told: a file nobody named is not looked for.
    @Test func aRebuildListsOnlyThePathsItIsTold() throws {
        let site = try TempSite(["content/index.md": "---\ntitle: Home\n---\nHome.\n"])
        let options = BuildOptions(source: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))
        var memo = BuildMemo()
        #expect(SiteBuilder().generate(options, memo: &memo, invalidated: nil).report.succeeded)
        try site.write("content/new.md", "---\ntitle: New\n---\nNew.\n")
        let untold = SiteBuilder().generate(options, memo: &memo, invalidated: [])
        #expect(!untold.items.contains { $0.path == "new/index.html" })
        let told = SiteBuilder().generate(options, memo: &memo, invalidated: ["content/new.md"])
        #expect(told.items.contains { $0.path == "new/index.html" })
    }
}
