import Build
import Foundation
import Models
import Testing

/// sitemap.xml, robots.txt (and the news feed the same rules cover) as builds write them.
@Suite struct DerivedOutputTests {
    static let noHostWarning = "warning: base_url has no host, so sitemap.xml, robots.txt and news/atom.xml are not written and pages "
        + "have no canonical link, og:url, og:image, citation_pdf_url, citation_abstract_html_url or JSON-LD url; "
        + "give a full URL such as https://example.org/ in site.yml or with --base-url"

    static let files = [
        "site.yml": "title: Lab\nbase_url: https://lab.example.org/group/\n",
        "content/index.md": "---\ntitle: Home\n---\nHello.\n",
        "content/news/2026-01-05-award.md": "---\ntitle: An award & a prize\n---\nText.\n",
        "content/news/2026-02-01-short.md": "A news item without a title, shown only in the list.\n",
        "content/séminaires/2026-03-10-talk.md": "---\ntitle: Talk\ndate: 2026-03-10T14:00:00+01:00\n---\n",
        "content/files/paper.pdf": "%PDF",
    ]

    @Test func aSiteWithAHostGetsAValidSitemapAndRobotsTxt() throws {
        let site = try TempSite(Self.files)
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        #expect(report.timings.map(\.stage) == ["load", "parse", "assemble", "render", "derive", "write"])
        let sitemap = try #require(site.page("sitemap.xml"))
        let checked = SitemapRules.check(Array(sitemap.utf8), origin: "https://lab.example.org")
        #expect(checked.problems.isEmpty)
        #expect(checked.locations == [
            "https://lab.example.org/group/",
            "https://lab.example.org/group/news/",
            "https://lab.example.org/group/news/2026-01-05-award/",
            "https://lab.example.org/group/s%C3%A9minaires/",
            "https://lab.example.org/group/s%C3%A9minaires/2026-03-10-talk/",
        ])
        #expect(checked.lastmods == ["2026-02-01", "2026-01-05", "2026-03-10T14:00:00+01:00", "2026-03-10T14:00:00+01:00"])
        #expect(site.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://lab.example.org/group/sitemap.xml\n")
        #expect(report.filesCopied == 4, "paper.pdf, the theme's stylesheet, math font and its licence: derived files are not copied files")
    }

    /// The demo site, as the repository holds it, has a host: its sitemap keeps the rules.
    @Test func theDemoSitemapKeepsTheRules() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let generated = SiteBuilder().generate(BuildOptions(source: repository, buildDate: ContentDate(year: 2026, month: 11, day: 22)))
        #expect(generated.report.diagnostics.isEmpty, "\(generated.report.rendered)")
        guard case .bytes(let bytes) = try #require(generated.items.first { $0.path == "sitemap.xml" }).source else {
            Issue.record("sitemap.xml is not made in memory")
            return
        }
        let checked = SitemapRules.check(bytes, origin: "https://ada-quinlan.example.org")
        #expect(checked.problems.isEmpty)
        let pages = generated.items.filter { $0.path.hasSuffix("index.html") }.count
        #expect(checked.locations.count == pages, "every page but the 404 page")
    }

    @Test func withoutAHostNeitherIsWrittenAndOneWarningSaysSo() throws {
        var files = Self.files
        files["site.yml"] = "title: Lab\nbase_url: /group/\n"
        for number in 0..<5 { files["content/notes/note-\(number).md"] = "---\ntitle: Note \(number)\n---\n" }
        let site = try TempSite(files)
        let report = site.build()
        #expect(report.rendered == Self.noHostWarning)
        #expect(report.succeeded)
        #expect(site.page("sitemap.xml") == nil && site.page("robots.txt") == nil)
        #expect(site.page("index.html") != nil)

        site.build(baseURL: "https://lab.example.org/")
        #expect(site.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://lab.example.org/sitemap.xml\n")
        #expect(try TempSite(Self.files).build(baseURL: "/group/").rendered == Self.noHostWarning, "--base-url with a path replaces the host")
    }

    @Test func theSitesOwnFilesWin() throws {
        var files = Self.files
        files["content/robots.txt"] = "User-agent: *\nDisallow: /drafts/\n"
        let site = try TempSite(files)
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        #expect(site.page("robots.txt") == "User-agent: *\nDisallow: /drafts/\n")
        #expect(site.page("sitemap.xml")?.contains("<loc>https://lab.example.org/group/</loc>") == true)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/robots.txt"))
        try site.write("content/sitemap.xml", "<urlset/>")
        #expect(site.build().diagnostics.isEmpty)
        #expect(site.page("sitemap.xml") == "<urlset/>")
        #expect(site.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://lab.example.org/group/sitemap.xml\n")

        // A page whose folder is an output's path takes it as well.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/sitemap.xml"))
        try site.write("content/map.md", "---\ntitle: Map\npermalink: /sitemap.xml/\n---\nThe map.\n")
        #expect(site.build().diagnostics.isEmpty)
        #expect(site.page("sitemap.xml/index.html")?.contains("The map.") == true)
        #expect(site.page("robots.txt")?.contains("Sitemap:") == true)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/map.md"))
        try site.write("content/sitemap.xml", "<urlset/>")

        try site.write("site.yml", "title: Lab\n")
        try site.write("content/robots.txt", "User-agent: *\n")
        try site.write("content/news/atom.xml", "<feed/>")
        #expect(site.build().diagnostics.map(\.message) == [
            "base_url has no host, so pages have no canonical link, og:url, og:image, citation_pdf_url, citation_abstract_html_url "
                + "or JSON-LD url; give a full URL such as https://example.org/ in site.yml or with --base-url",
        ], "nothing left to generate, but pages still leave their absolute URLs out")
        #expect(site.page("news/atom.xml") == "<feed/>")
    }
}
