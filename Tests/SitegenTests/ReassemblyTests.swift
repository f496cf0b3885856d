@testable import Build
import Diagnostics
import Models
import Parse
@testable import Site
import Testing

/// A rebuild in which pages changed only in what assembly does not look at takes the earlier
/// site and puts those pages in (`SiteAssembler.reassemble`); any other change assembles the
/// site whole. Either way the site is the one a fresh build assembles (`BuildMemoTests`).
@Suite struct ReassemblyTests {
    static let files = [
        "content/index.md": "---\ntitle: Home\nheader:\n  image: /img/missing.png\n---\nHello.\n",
        "content/news/2026-01-01-a.md": "---\ntitle: A\n---\nFirst.\n",
        "content/news/2026-02-01-b.md": "---\ntitle: B\n---\nSecond.\n",
        "content/notes/index.md": "---\ntitle: Notes\n---\nAbout the notes.\n",
        "content/notes/n.md": "---\ntitle: N\n---\nA note.\n",
    ]

    /// The site after each edit, and whether its news list is the earlier build's, itself.
    func rebuilt(after edits: [(String, String)]) throws -> [(site: Site, keptList: Bool, diagnostics: [Diagnostic])] {
        let site = try TempSite(Self.files)
        let options = BuildOptions(source: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))
        var memo = BuildMemo()
        _ = SiteBuilder().generate(options, memo: &memo)
        var results: [(site: Site, keptList: Bool, diagnostics: [Diagnostic])] = []
        for (path, text) in edits {
            let before = try #require(memo.assembly?.assembled?.site)
            try site.write(path, text)
            let generated = SiteBuilder().generate(options, memo: &memo, invalidated: [path])
            let after = try #require(memo.assembly?.assembled?.site)
            let list = { (site: Site) in site.pages.first { $0.route == "news/" } }
            let kept = try #require(list(after)).isIdentical(to: try #require(list(before)))
            results.append((after, kept, generated.report.diagnostics))
        }
        return results
    }

    @Test func aBodyEditPutsThePageIntoTheEarlierSite() throws {
        let results = try rebuilt(after: [("content/news/2026-01-01-a.md", "---\ntitle: A\n---\nFirst, edited.\n")])
        let (site, keptList, diagnostics) = try #require(results.first)
        #expect(keptList)
        let page = try #require(site.pages.first { $0.route == "news/2026-01-01-a/" })
        #expect(page.body.html.contains("First, edited."))
        #expect(diagnostics.contains {
            $0.location?.description == "content/index.md:4:10"
                && $0.message == "image '/img/missing.png' does not exist: put the file at content/img/missing.png, or fix the path"
        }, "the earlier assembly's warnings hold")
    }

    @Test func editsThatMoveOrChangeWhatAssemblyReadsAssembleTheSiteWhole() throws {
        let edits = [
            ("content/news/2026-01-01-a.md", "---\ntitle: A, renamed\n---\nFirst.\n"),
            ("content/news/2026-01-01-a.md", "---\ntitle: A, renamed\nslug: a\n---\nFirst.\n"),
            ("content/news/2026-01-01-a.md", "---\ntitle: A, renamed\nslug: a\nredirect_from: /old-a/\n---\nFirst.\n"),
            // Where the redirect is written changes, not the line that says so.
            ("content/news/2026-01-01-a.md", "---\ntitle: A, renamed\nslug: a\nredirect_from: /old-b/\n---\nFirst.\n"),
            // The slug's line moves: a message about it would point elsewhere.
            ("content/news/2026-01-01-a.md", "---\ntitle: A, renamed\ndescription: D\nslug: a\nredirect_from: /old-a/\n---\nFirst.\n"),
            ("content/news/2026-01-01-a.md", "---\ntitle: A, renamed\ndescription: D\nslug: a\nredirect_from: /old-a/\ndraft: true\n---\nFirst.\n"),
            ("content/news/2026-03-01-c.md", "---\ntitle: C\n---\nThird.\n"),
        ]
        let kept = zip(edits, try rebuilt(after: edits)).filter(\.1.keptList).map(\.0.1)
        #expect(kept == [])
    }

    /// A folder's introduction is its list in the site: its edit assembles the site whole.
    @Test func anIntroductionEditAssemblesTheSiteWhole() throws {
        let results = try rebuilt(after: [("content/notes/index.md", "---\ntitle: Notes\n---\nAbout the notes, edited.\n")])
        let (site, keptList, _) = try #require(results.first)
        #expect(!keptList)
        let list = try #require(site.pages.first { $0.route == "notes/" })
        #expect(list.role == .sectionList && list.body.html.contains("edited"))
    }
}
