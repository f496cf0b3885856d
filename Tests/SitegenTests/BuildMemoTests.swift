@testable import Build
@testable import Derived
import Foundation
import Models
import Output
import Parse
import Testing

/// Rebuilds that reuse a memo make exactly what a fresh build makes, doing less work.
@Suite struct BuildMemoTests {
    static let date = ContentDate(year: 2026, month: 6, day: 1)

    func options(_ site: TempSite) -> BuildOptions {
        BuildOptions(source: site.root, includeDrafts: true, buildDate: Self.date)
    }

    func bytes(_ generated: SiteBuilder.Generated) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for item in generated.items {
            switch item.source {
            case .bytes(let contents): files[item.path] = contents
            case .copy(let url): files[item.path] = [UInt8](try Data(contentsOf: url))
            }
        }
        return files
    }

    /// What a whole build writes: each page as it is rendered, each body let go of once its page
    /// is written (`PageRenderer.render(_:reusing:emit:keepingBodiesOf:)`).
    func streamed(_ options: BuildOptions, site: TempSite) -> [String: [UInt8]] {
        var options = options
        options.output = site.output
        let report = SiteBuilder(formats: .withEntries).build(options)
        #expect(report.succeeded, "\(report.diagnostics)")
        return site.outputFiles().filter { $0.key != OutputWriter.markerName }.mapValues { [UInt8]($0) }
    }

    /// Every file of the site but its output, by path relative to the site folder.
    static func snapshot(_ site: TempSite) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: site.root.path) else { return files }
        for case let path as String in enumerator where !path.hasPrefix("_site") {
            var isFolder: ObjCBool = false
            let full = site.root.path + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// After each edit, the memo's build equals a fresh one, file for file. The site has a
    /// file of many pages (the test-only `.entries` format) besides its Markdown pages. The
    /// memo's build is told the paths the edit changed, as the server's watcher tells it.
    @Test func incrementalBuildsEqualFreshBuilds() throws {
        let site = try TempSite([
            "site.yml": "title: Memo\nbase_url: https://memo.example.org/\nmenu:\n  - label: News\n    url: /news/\n",
            "content/index.md": "---\ntitle: Home\nheader:\n  image: /img/missing.png\n---\nHello.\n",
            "content/news/2026-01-01-a.md": "---\ntitle: A\n---\nFirst.\n",
            "content/news/2026-02-01-b.md": "---\ntitle: B\n---\nSecond.\n",
            "content/news/2026-02-15-short.md": "A [note](/files/n.pdf) with <a href=\"/files/raw.pdf\">raw HTML</a>.\n",
            "content/files.md": "---\ntitle: Files\n---\n<img src=\"/img/a.png\" srcset=\"/img/a@2x.png 2x\" alt=\"A\"> [pdf](/files/a.pdf)\n",
            "content/publications/paper.md": "---\ntitle: Paper\nauthors: [A. B.]\ndate: 2025-01-01\nvenue: J\nselected: true\n---\n",
            "templates/partials/footer.mustache": "<footer>plain</footer>\n",
            "content/reading.entries": "a: First\nb: Second\n",
        ])
        var memo = BuildMemo()
        var buildDate = Self.date
        // The edits after which sitemap.xml must differ from the build before.
        let sitemapChanges: Set = ["a job offer", "a new page", "a date", "a deleted page", "the host", "a seminar", "a talk given", "the base path", "a new entry", "a removed entry", "a renamed file of entries", "a permalink", "another permalink", "a news item's permalink", "another base path", "no host"]
        var sitemap: [UInt8]?
        let edits: [(String, () throws -> Void)] = [
            ("nothing", {}),
            ("a body", { try site.write("content/news/2026-01-01-a.md", "---\ntitle: A\n---\nFirst, edited.\n") }),
            ("a title", { try site.write("content/news/2026-02-01-b.md", "---\ntitle: B renamed\n---\nSecond.\n") }),
            ("a new page", { try site.write("content/news/2026-03-01-c.md", "---\ntitle: C\n---\nThird.\n") }),
            ("a date", { try site.write("content/publications/paper.md", "---\ntitle: Paper\nauthors: [A. B.]\ndate: 2025-02-01\nvenue: J\nselected: true\n---\n") }),
            ("a deleted page", { try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/news/2026-01-01-a.md")) }),
            ("a template", { try site.write("templates/partials/footer.mustache", "<footer>changed</footer>\n") }),
            ("an entry partial", { try site.write("templates/partials/news-entry.mustache", "<li>{{title}}, listed anew</li>\n") }),
            ("the host", { try site.write("site.yml", "title: Memo\nbase_url: https://memo.example.net/\n") }),
            ("site.yml", { try site.write("site.yml", "title: Memo renamed\nbase_url: https://memo.example.net/\n") }),
            ("a publication", { try site.write("content/publications/paper.md", "---\ntitle: Paper\nauthors: [A. B.]\ndate: 2025-02-01\nvenue: J\n---\n") }),
            ("a job offer", { try site.write("content/jobs/j.md", "---\ntitle: J\ndate: 2026-01-02\nsalary: 3,000 EUR per month\n---\nWork.\n") }),
            ("the organization", {
                try site.write("site.yml", "title: Memo renamed\nbase_url: https://memo.example.net/\norganization:\n  name: O\n  address:\n    country: FR\n")
            }),
            ("the owner", { try site.write("site.yml", "title: Memo renamed\nbase_url: https://memo.example.net/\nauthor:\n  name: A. B.\n") }),
            ("the menu", { try site.write("site.yml", "title: Memo renamed\nbase_url: https://memo.example.net/\nauthor:\n  name: A. B.\nmenu:\n  - label: Talks\n    url: /seminars/\n") }),
            ("a seminar", { try site.write("content/seminars/2026-06-01-talk.md", "---\ntalks:\n  - title: Talk\n    speaker: C. D.\n---\n") }),
            // Upcoming on the first build date, past on the next: the list and the home page move it.
            ("a talk given", { try site.write("content/talks/2026-06-01-given.md", "---\ntitle: Given\ntype: keynote\n---\n") }),
            ("the build date", { buildDate = ContentDate(year: 2026, month: 6, day: 2) }),
            ("the base path", { try site.write("site.yml", "title: Memo renamed\nbase_url: https://memo.example.net/lab/\nmenu:\n  - label: Talks\n    url: /seminars/\n") }),
            ("a raw HTML body", { try site.write("content/files.md", "---\ntitle: Files\n---\n<a href=\"/files/b.pdf\">b</a>\n") }),
            ("a permalink", {
                try site.write("content/files.md", "---\ntitle: Files\npermalink: /docs/files.html\nredirect_from: /files/\n---\n<a href=\"/files/b.pdf\">b</a>\n")
            }),
            ("another permalink", {
                try site.write("content/files.md", "---\ntitle: Files\npermalink: /docs/:title/\nredirect_from: [/files/, /docs/files.html]\n---\n<a href=\"/files/b.pdf\">b</a>\n")
            }),
            ("a news item's permalink", { try site.write("content/news/2026-02-01-b.md", "---\ntitle: B renamed\npermalink: /:year/:title/\n---\nSecond.\n") }),
            ("an entry", { try site.write("content/reading.entries", "a: First, edited\nb: Second\n") }),
            ("a new entry", { try site.write("content/reading.entries", "a: First, edited\nb: Second\nc: Third\n") }),
            ("a removed entry", { try site.write("content/reading.entries", "a: First, edited\nc: Third\n") }),
            ("a renamed file of entries", {
                try FileManager.default.moveItem(
                    at: site.root.appendingPathComponent("content/reading.entries"), to: site.root.appendingPathComponent("content/books.entries"))
            }),
            ("another base path", { try site.write("site.yml", "title: Memo renamed\nbase_url: https://x.example/other/\nmenu:\n  - label: Talks\n    url: /seminars/\n") }),
            ("no host", { try site.write("site.yml", "title: Memo renamed\nbase_url: /lab/\nmenu:\n  - label: Talks\n    url: /seminars/\n") }),
            ("no base path", { try site.write("site.yml", "title: Memo renamed\nmenu:\n  - label: Talks\n    url: /seminars/\n") }),
        ]
        var files = Self.snapshot(site)
        for (what, edit) in edits {
            try edit()
            var options = options(site)
            options.buildDate = buildDate
            // The paths a watcher reports: what was written, created or deleted.
            let before = files
            files = Self.snapshot(site)
            let changed = Set(before.keys).union(files.keys).filter { before[$0] != files[$0] }
            let incremental = SiteBuilder(formats: .withEntries).generate(options, memo: &memo, invalidated: changed)
            let fresh = SiteBuilder(formats: .withEntries).generate(options)
            #expect(incremental.report.succeeded && fresh.report.succeeded, "\(what): \(incremental.report.diagnostics)")
            #expect(incremental.report.diagnostics == fresh.report.diagnostics, "the diagnostics after \(what)")
            let output = try bytes(incremental)
            #expect(try output == bytes(fresh), "after \(what)")
            let written = streamed(options, site: site)
            let differing = Set(written.keys).union(output.keys).filter { written[$0] != output[$0] }.sorted()
            #expect(differing.isEmpty, "a build that writes as it renders, after \(what)")
            #expect((output["sitemap.xml"] == nil) == (what == "no host" || what == "no base path"), "after \(what)")
            if let sitemap, !sitemapChanges.contains(what) { #expect(output["sitemap.xml"] == sitemap, "after \(what)") }
            if sitemapChanges.contains(what) { #expect(output["sitemap.xml"] != sitemap, "after \(what)") }
            sitemap = output["sitemap.xml"]
        }
        let last = try bytes(SiteBuilder(formats: .withEntries).generate(options(site), memo: &memo))
        #expect(last["books/c/index.html"] != nil && last["reading/c/index.html"] == nil, "the entries' pages follow their file")
    }

    /// After each edit of a site made of a `.bib` file, the memo's build equals a fresh one,
    /// file for file and diagnostic for diagnostic: assembly keeps the pages of entries that
    /// did not change, moves those of entries that moved, and completes them again when the
    /// site's files, an enrichment or the organization changed.
    @Test func incrementalBibBuildsEqualFreshBuilds() throws {
        func entry(_ key: String, _ title: String, year: Int, extra: String = "") -> String {
            "@article{\(key),\n  title = {\(title)},\n  author = {A. Author},\n  journal = {J},\n  year = \(year),\(extra)\n}\n"
        }
        let entries = entry("a", "First", year: 2020) + entry("b", "Second", year: 2021, extra: "\n  pdf = {b.pdf},")
            + entry("c", "Third", year: 2022, extra: "\n  abstract = {About c.},")
        let site = try TempSite([
            "site.yml": "title: Bib\nbase_url: https://bib.example.org/\n",
            "content/publications.bib": entries,
        ])
        var memo = BuildMemo()
        var buildDate = Self.date
        let edits: [(String, () throws -> Void)] = [
            ("nothing", {}),
            ("a title", { try site.write("content/publications.bib", entries.replacingOccurrences(of: "{Second}", with: "{Second, edited}")) }),
            ("a line above", { try site.write("content/publications.bib", "% moved\n" + entries) }),
            ("a field added", { try site.write("content/publications.bib", entries.replacingOccurrences(of: "{First},", with: "{First},\n  note = {N},")) }),
            ("the PDF", { try site.write("content/b.pdf", "%PDF-1.4\n") }),
            ("an enrichment", { try site.write("content/publications/a.md", "---\nbibkey: a\nabstract: From the notes.\n---\nNotes on a.\n") }),
            ("the enrichment", { try site.write("content/publications/a.md", "---\nbibkey: a\n---\nOther notes on a.\n") }),
            ("the organization", { try site.write("site.yml", "title: Bib\nbase_url: https://bib.example.org/\norganization:\n  name: O\n") }),
            ("the build date", { buildDate = ContentDate(year: 2026, month: 6, day: 2) }),
            ("a duplicate key", { try site.write("content/publications.bib", entries + entry("a", "Again", year: 2023)) }),
            ("a removed entry", { try site.write("content/publications.bib", entry("a", "First", year: 2020) + entry("c", "Third", year: 2022)) }),
            ("another PDF", { try site.write("content/publications.bib", entry("a", "First", year: 2020, extra: "\n  pdf = {b.pdf},")) }),
        ]
        for (what, edit) in edits {
            try edit()
            var options = options(site)
            options.buildDate = buildDate
            let incremental = SiteBuilder().generate(options, memo: &memo)
            let fresh = SiteBuilder().generate(options)
            #expect(incremental.report.succeeded && fresh.report.succeeded, "\(what): \(incremental.report.diagnostics)")
            #expect(try bytes(incremental) == bytes(fresh), "after \(what)")
            #expect(incremental.report.diagnostics == fresh.report.diagnostics, "after \(what)")
        }
    }

    /// An entry of a `.bib` file that only moved (lines added above it) keeps its page, and its
    /// warnings (a missing PDF, from assembly) point at its new place, as a fresh build's do.
    @Test func aMovedBibEntryKeepsItsPageAndItsWarningsMove() throws {
        let entries = "@misc{a, title = {A}, year = 2020, abstract = {x}}\n"
            + "@misc{b, title = {B}, year = 2021, abstract = {y},\n  pdf = {missing.pdf}}\n"
        let site = try TempSite(["site.yml": "title: Memo\nbase_url: https://memo.example.org/\n", "content/publications.bib": entries])
        var memo = BuildMemo()
        let first = SiteBuilder().generate(options(site), memo: &memo)
        #expect(first.report.diagnostics.map(\.headline) == [
            "content/publications.bib:3:9: warning: pdf 'missing.pdf' is not a file of the site (looked in content/ and assets/pdf/)",
        ])
        try site.write("content/publications.bib", "% a comment\n\n" + entries)
        let moved = SiteBuilder().generate(options(site), memo: &memo)
        let fresh = SiteBuilder().generate(options(site))
        #expect(moved.report.diagnostics == fresh.report.diagnostics)
        #expect(moved.report.diagnostics.map(\.headline) == [
            "content/publications.bib:5:9: warning: pdf 'missing.pdf' is not a file of the site (looked in content/ and assets/pdf/)",
        ])
        #expect(moved.report.pagesRendered == 0, "nothing a visitor sees changed")
    }

    /// The base path is the render stage's: a change of `base_url` parses no page again, yet
    /// renders every page again.
    @Test func aBasePathChangeParsesNothingAgain() throws {
        let site = try TempSite(["site.yml": "title: T\n", "content/a.md": "---\ntitle: A\n---\n<a href=\"/x.pdf\">x</a>\n"])
        var memo = BuildMemo()
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.succeeded)
        let parsed = try #require(memo.parsed["content/a.md"]?.outcome.pages.first?.content)
        try site.write("site.yml", "title: T\nbase_url: /lab/\n")
        let moved = SiteBuilder().generate(options(site), memo: &memo)
        #expect(moved.report.pagesRendered == 3, "the page, the home page and the 404 page")
        #expect(memo.parsed["content/a.md"]?.outcome.pages.first?.content === parsed)
        #expect(try bytes(moved)["a/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains("<a href=\"/lab/x.pdf\">x</a>") == true)
    }

    /// A title edit changes nothing a sitemap reads: the rebuild keeps the sitemap it made
    /// (the same bytes in memory, not made again); a new page makes it again.
    @Test func aTitleEditKeepsTheSitemap() throws {
        let site = try TempSite(["site.yml": "title: T\nbase_url: https://t.example/\n", "content/a.md": "---\ntitle: A\n---\nA.\n"])
        var memo = BuildMemo()
        func sitemapStorage() -> UnsafePointer<UInt8>? {
            let kept = memo.derived?.kept["sitemap.xml"] as? DerivedMemo.Kept<Sitemap.Inputs>
            return kept?.outcome.files.first?.contents.withUnsafeBufferPointer(\.baseAddress)
        }
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.succeeded)
        let first = try #require(sitemapStorage())
        try site.write("content/a.md", "---\ntitle: A, renamed\n---\nA.\n")
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.succeeded)
        #expect(sitemapStorage() == first)
        try site.write("content/b.md", "---\ntitle: B\n---\nB.\n")
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.succeeded)
        #expect(sitemapStorage() != first)
    }

    @Test func aBodyEditRendersOnlyThePagesItChanges() throws {
        var files = ["site.yml": "title: Many\n"]
        for number in 0..<40 { files["content/notes/note-\(number).md"] = "---\ntitle: Note \(number)\n---\nFirst paragraph.\n" }
        let site = try TempSite(files)
        var memo = BuildMemo()
        let first = SiteBuilder().generate(options(site), memo: &memo)
        #expect(first.report.pagesRendered == 43, "40 notes, their list, the home page and the 404 page")
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.pagesRendered == 0)

        try site.write("content/notes/note-7.md", "---\ntitle: Note 7\n---\nFirst paragraph.\n\nA second one.\n")
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.pagesRendered == 1)

        try site.write("content/notes/note-7.md", "---\ntitle: Note seven\n---\nFirst paragraph.\n")
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.pagesRendered == 2, "the note and its list")
    }

    /// Every kind of view the theme makes compares equal to itself: rebuilding the demo site
    /// (all six models) unchanged renders nothing.
    @Test func anUnchangedDemoRendersNothing() {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let options = BuildOptions(source: repository, includeDrafts: true, buildDate: Self.date)
        var memo = BuildMemo()
        let first = SiteBuilder().generate(options, memo: &memo)
        #expect(first.report.succeeded)
        #expect(first.report.pagesRendered > 20)
        #expect(SiteBuilder().generate(options, memo: &memo).report.pagesRendered == 0)
    }

    @Test func aFailedBuildKeepsTheMemoUsable() throws {
        let site = try TempSite(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        var memo = BuildMemo()
        #expect(SiteBuilder().generate(options(site), memo: &memo).report.succeeded)
        try site.write("content/a.md", "---\ntitle: [A\n---\n")
        #expect(!SiteBuilder().generate(options(site), memo: &memo).report.succeeded)
        try site.write("content/a.md", "---\ntitle: A\n---\nText again.\n")
        let fixed = SiteBuilder().generate(options(site), memo: &memo)
        #expect(fixed.report.succeeded)
        #expect(try bytes(fixed) == bytes(SiteBuilder().generate(options(site))))
    }

    /// A source deleted leaves no parse behind in the memo, whether the rebuild is told of it or
    /// finds it by a whole load.
    @Test func aDeletedSourceLeavesNoParseBehind() throws {
        let site = try TempSite(["content/a.md": "A.\n", "content/b.md": "B.\n", "content/c.md": "C.\n"])
        var memo = BuildMemo()
        _ = SiteBuilder().generate(options(site), memo: &memo)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/b.md"))
        _ = SiteBuilder().generate(options(site), memo: &memo, invalidated: ["content/b.md"])
        #expect(memo.parsed.keys.sorted() == ["content/a.md", "content/c.md"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/c.md"))
        _ = SiteBuilder().generate(options(site), memo: &memo)
        #expect(memo.parsed.keys.sorted() == ["content/a.md"])
    }
}
