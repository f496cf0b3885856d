import Foundation
import Models
@testable import Starter
import Testing

/// `sitegen new`: the starter's files, writing them (`--force` keeps what is there), and the
/// new site building without a single diagnostic, whatever the build date.
@Suite struct NewSiteTests {
    static let made = ContentDate(year: 2026, month: 12, day: 2)

    func starter(title: String = "Lab site", author: String = "Ana Costa", today: ContentDate = made) -> SiteStarter {
        SiteStarter(title: title, author: author, baseURL: "https://ana.example.org/lab/", today: today)
    }

    /// A new site in a fresh folder, written by the writer as `sitegen new` writes it.
    func newSite(_ starter: SiteStarter) throws -> TempSite {
        let site = try TempSite()
        _ = try StarterWriter().write(starter.files, into: site.root, named: "site")
        return site
    }

    @Test(arguments: [
        ContentDate(year: 2026, month: 12, day: 2), ContentDate(year: 2024, month: 2, day: 29), ContentDate(year: 2026, month: 12, day: 31),
    ])
    func buildsWithoutDiagnosticsOnAnyDate(made: ContentDate) throws {
        let site = try newSite(starter(today: made))
        for now in ["1990-01-01", made.isoDate, made.adding(days: 30).isoDate, made.adding(days: 100).isoDate, "2090-06-30"] {
            let report = site.build(now: now)
            #expect(report.succeeded, "\(now)")
            #expect(report.diagnostics.isEmpty, "built on \(now): \(report.rendered)")
        }
        #expect(site.page("index.html")?.contains("A first paper, to be replaced by one of yours") == true)
        #expect(site.page("seminars/index.html") != nil && site.page("jobs/index.html") != nil && site.page("news/index.html") != nil)
        #expect(site.page("publications/example\(made.year)/index.html") != nil)
        #expect(site.page("sitemap.xml") != nil && site.page("seminars/seminars.ics") != nil)
    }

    @Test func answersAreQuotedSoThatTheyReadBackAsTyped() throws {
        let title = #"Dr. "Zoë" O'Brien: *notes* \ # 100% & <b>more</b> $x$"#
        let author = #"Zoë d'Arc-Ünal & "Co" 50% {x}"#
        let site = try newSite(starter(title: title, author: author))
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let home = try #require(site.page("index.html"))
        let shown = "Dr. &quot;Zoë&quot; O&#39;Brien: *notes* \\ # 100% &amp; &lt;b&gt;more&lt;/b&gt; $x$"
        #expect(home.contains("<title>\(shown)</title>"))
        #expect(home.contains("<p>Welcome to the home page of \(shown.replacingOccurrences(of: "&#39;", with: "'")). Replace"))
        #expect(home.contains("<h1 id=\"profile-name\">Zoë d&#39;Arc-Ünal &amp; &quot;Co&quot; 50% {x}</h1>"))
    }

    @Test func filesAreDatedFromTheDayTheSiteIsMade() {
        let paths = starter().files.map(\.path)
        #expect(paths == [
            "site.yml", "content/index.md", "content/news/2026-12-02-new-site.md", "content/publications.bib",
            "content/seminars/2026-12-30-first-session.md", "content/jobs/phd-position.md", ".gitignore", "README.md",
            ".github/workflows/pages.yml",
        ])
        let job = starter().files.first { $0.path == "content/jobs/phd-position.md" }?.contents ?? ""
        #expect(job.contains("date: 2026-12-02\ndeadline: 2027-03-03\n"))
    }

    @Test func siteYAMLSetsTheAnswersAndListsEveryKey() {
        let text = starter().files.first { $0.path == "site.yml" }?.contents ?? ""
        #expect(text.contains("\ntitle: \"Lab site\"\n"))
        #expect(text.contains("\n  name: \"Ana Costa\"\n"))
        #expect(text.contains("\nbase_url: \"https://ana.example.org/lab/\"\n"))
        for key in ["description", "language", "role", "affiliation", "email", "avatar", "links", "owner_names", "menu", "organization",
                    "address", "country", "timezone", "feed_limit", "image", "raw_html", "bibliography", "publications", "max_authors",
                    "coauthors", "math_macros"] {
            #expect(text.contains(" \(key):") || text.contains("\n\(key):"), "\(key)")
        }
    }

    @Test func workflowPublishesWithTheSitegenAction() {
        let text = starter().files.first { $0.path == ".github/workflows/pages.yml" }?.contents ?? ""
        for line in ["uses: actions/checkout@v7", "uses: actions/configure-pages@v6", "uses: sitegen/sitegen@v1",
                     "base-url: ${{ steps.pages.outputs.base_url }}/", "uses: actions/upload-pages-artifact@v5", "path: _site",
                     "uses: actions/deploy-pages@v5", "group: pages", "pages: write", "id-token: write", "contents: read"] {
            #expect(text.contains(line), "\(line)")
        }
        #expect(!text.contains("contents: write"))
        let readme = starter().files.first { $0.path == "README.md" }?.contents ?? ""
        #expect(readme.contains("sitegen serve") && readme.contains("`uses: sitegen/sitegen@v1`"))
    }

    @Test func forceKeepsWhatIsThereAndAddsTheRest() throws {
        let site = try TempSite(["site.yml": "title: Mine\n", "content/index.md": "Hello\n"])
        #expect(throws: StarterWriter.Failure.notEmpty("site")) {
            try StarterWriter().write(starter().files, into: site.root, named: "site")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".gitignore").path))
        let outcome = try StarterWriter(force: true).write(starter().files, into: site.root, named: "site")
        #expect(outcome.kept == ["site.yml", "content/index.md"])
        #expect(outcome.created.count == starter().files.count - 2)
        #expect(try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8) == "title: Mine\n")
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/index.md"), encoding: .utf8) == "Hello\n")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".github/workflows/pages.yml").path))
    }

    @Test func aFileIsNotAFolder() throws {
        let site = try TempSite(["file": "x"])
        #expect(throws: StarterWriter.Failure.notAFolder("file")) {
            try StarterWriter(force: true).write(starter().files, into: site.root.appendingPathComponent("file"), named: "file")
        }
    }
}
