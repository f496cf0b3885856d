import Foundation
import Testing

/// Whole builds of small sites written to temporary folders, checked page by page.
@Suite struct SiteBuildTests {
    static let config = """
        title: Test Lab
        author:
          name: Ada Quinlan
          links:
            ORCID: https://orcid.org/0000-0002-1825-0097
        menu:
          - title: News
            url: /news/
        """

    @Test func siteWithOnlyConfigAndContentBuildsWithTheBuiltinTheme() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/index.md": "Welcome to the lab.\n",
            "content/news/2026-01-05-grant.md": "---\ntitle: We got a grant\n---\nGood news.\n",
            "content/teaching.md": "# Teaching\n\nCourses.\n",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("index.html")?.contains("Welcome to the lab.") == true)
        let news = try #require(site.page("news/2026-01-05-grant/index.html"))
        #expect(news.contains("<h1>We got a grant</h1>"))
        #expect(news.contains(#"<time datetime="2026-01-05">5 January 2026</time>"#))
        #expect(news.contains(#"<a href="/news/" aria-current="page">News</a>"#))
        #expect(site.page("news/index.html")?.contains(#"<a href="/news/2026-01-05-grant/">We got a grant</a>"#) == true)
        let teaching = try #require(site.page("teaching/index.html"))
        #expect(teaching.contains("<h1>Teaching</h1>"))
        #expect(!teaching.contains(#"<h1 id="teaching">"#))
        #expect(site.page("404.html")?.contains("Page not found") == true)
        #expect(site.page("assets/css/site.css") != nil)
        #expect(site.page(".sitegen-output") != nil)
        #expect(report.pagesByKind == ["home": 1, "news": 1, "page": 1, "lists": 1])
    }

    @Test func titleIsEscapedOnEveryPageThatShowsIt() throws {
        let evil = "<script>alert(1)</script>"
        let site = try TempSite([
            "site.yml": "title: \"\(evil)\"\nmenu:\n  - title: \"\(evil)\"\n    url: /news/\n",
            "content/news/a.md": "---\ntitle: \"\(evil)\"\ndate: 2026-01-01\ndescription: \"\(evil)\"\n---\nbody\n",
            "content/index.md": "---\ntitle: \"\(evil)\"\n---\nhome\n",
        ])
        #expect(site.build().succeeded)
        let files = site.outputFiles().filter { $0.key.hasSuffix(".html") }
        #expect(files.count == 4)
        for (path, data) in files {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains(evil), "\(path) shows the title unescaped")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
        }
    }

    @Test func basePathPrefixesEveryInternalURL() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/news/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\n[bib](/assets/a.bib)\n",
        ])
        #expect(site.build(baseURL: "https://example.github.io/lab-site/").succeeded)
        let page = try #require(site.page("news/a/index.html"))
        #expect(page.contains(#"href="/lab-site/assets/css/site.css""#))
        #expect(page.contains(#"<a href="/lab-site/news/" aria-current="page">"#))
        #expect(page.contains(#"<a href="/lab-site/assets/a.bib">bib</a>"#))
        #expect(page.contains(#"<a class="site-title" href="/lab-site/">"#))
        #expect(!page.contains(#"href="/news"#))
    }

    @Test func draftsAreSkippedUnlessAsked() throws {
        let site = try TempSite(["content/wip.md": "---\ntitle: WIP\ndraft: true\n---\nx\n"])
        #expect(site.build().succeeded)
        #expect(site.page("wip/index.html") == nil)
        #expect(site.build(drafts: true).succeeded)
        #expect(site.page("wip/index.html") != nil)
    }

    @Test func slugOverridesTheFileNameAndCannotEscape() throws {
        let site = try TempSite(["content/news/a.md": "---\ntitle: A\ndate: 2026-01-01\nslug: better\n---\nx\n"])
        #expect(site.build().succeeded)
        #expect(site.page("news/better/index.html") != nil)
        try site.write("content/news/a.md", "---\nslug: ../../../tmp/pwned\ndate: 2026-01-01\n---\nx\n")
        let report = site.build()
        #expect(report.diagnostics.map(\.headline)
            == ["content/news/a.md:2:7: error: slug '../../../tmp/pwned' must be one path segment, without '/', '..' or special characters"])
    }

    @Test func twoPagesWritingOnePathIsAnError() throws {
        let site = try TempSite([
            "content/notes/a.md": "---\ntitle: A\n---\nx\n",
            "content/notes/b.md": "---\ntitle: B\nslug: a\n---\nx\n",
        ])
        #expect(site.build().diagnostics.map(\.headline)
            == ["content/notes/b.md:3:7: error: two pages write /notes/a/: this one and the one at content/notes/a.md:1:1; give one of them another 'slug' or 'permalink'"])
    }

    @Test func failedBuildLeavesThePreviousOutputByteForByte() throws {
        let site = try TempSite(["site.yml": Self.config, "content/news/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nx\n"])
        #expect(site.build().succeeded)
        let before = site.outputFiles()
        for broken in ["---\ntitle: [\n---\n", "---\ndate: [1, 2]\n---\n", "---\ntitle: A\n", "---\ndraft: maybe\n---\n"] {
            try site.write("content/notes/b.md", broken)
            #expect(!site.build().succeeded)
            #expect(site.outputFiles() == before)
        }
        try site.write("content/notes/b.md", bytes: [0x61, 0xFF, 0x0A])
        #expect(site.build().diagnostics.map(\.headline) == ["content/notes/b.md:1:2: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8"])
        #expect(site.outputFiles() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("sitegen-new") }
        #expect(leftovers.isEmpty)
    }

    @Test func buildsAreByteIdentical() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/news/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nx\n",
            "content/news/b.md": "---\ntitle: B\ndate: 2026-01-01\n---\ny\n",
            "content/c.md": "# C\n",
        ])
        #expect(site.build().succeeded)
        let first = site.outputFiles()
        #expect(site.build().succeeded)
        #expect(site.outputFiles() == first)
    }

    @Test func siteTemplatesOverrideTheThemeOneFileAtATime() throws {
        let site = try TempSite([
            "content/a.md": "---\ntitle: A\n---\nx\n",
            "templates/partials/footer.mustache": "<footer>Custom footer for {{site.title}}</footer>",
            "assets/css/site.css": "body { color: red; }",
        ])
        #expect(site.build().succeeded)
        #expect(site.page("a/index.html")?.contains("<footer>Custom footer for") == true)
        #expect(site.page("a/index.html")?.contains("<h1>A</h1>") == true)
        #expect(site.page("assets/css/site.css") == "body { color: red; }")
    }

    @Test func missingPartialIsAnErrorAtItsTag() throws {
        let site = try TempSite([
            "content/a.md": "x\n",
            "templates/page.mustache": "{{<base}}{{$content}}\n  {{> partials/sidebar}}{{/content}}{{/base}}",
        ])
        let diagnostics = site.build().diagnostics
        #expect(diagnostics.map(\.headline) == [
            "templates/page.mustache:2:3: error: partial 'partials/sidebar' does not exist (looked for templates/partials/sidebar.mustache in the site and the built-in theme)",
        ])
    }

    @Test func missingLayoutIsAnError() throws {
        let site = try TempSite(["content/a.md": "x\n", "templates/page.mustache": "{{<layout}}{{/layout}}"])
        #expect(site.build().diagnostics.map(\.headline) == [
            "templates/page.mustache:1:1: error: layout 'layout' does not exist (looked for templates/layout.mustache in the site and the built-in theme)",
        ])
    }

    @Test func templateSyntaxErrorIsPositioned() throws {
        let site = try TempSite(["content/a.md": "x\n", "templates/page.mustache": "<h1>\n{{#page}}{{title}}{{/pages}}\n"])
        #expect(site.build().diagnostics.map(\.headline) == [
            "templates/page.mustache:2:22: error: template syntax: a section is closed with another name than the one it was opened with",
        ])
    }

    /// A broken `site.yml` stops the build before the pages, not before the templates' errors.
    @Test func templateErrorsAreReportedBesideABrokenConfig() throws {
        let site = try TempSite([
            "site.yml": "title: [Lab\n", "content/a.md": "x\n", "templates/page.mustache": "{{#page}}{{/pages}}\n",
        ])
        let headlines = site.build().diagnostics.map(\.headline)
        #expect(headlines.count == 2, "\(headlines)")
        #expect(headlines.contains("templates/page.mustache:1:13: error: template syntax: a section is closed with another name than the one it was opened with"))
        #expect(headlines.contains { $0.hasPrefix("site.yml:") })
    }

    @Test func unknownTemplateNamedByAPageIsAnError() throws {
        let site = try TempSite(["content/a.md": "---\ntemplate: fancy\n---\nx\n"])
        #expect(site.build().diagnostics.map(\.headline)
            == ["content/a.md:2:11: error: template 'fancy' does not exist (no templates/fancy.mustache in the site or the built-in theme)"])
    }

    @Test func aBadBaseURLGivenToTheBuilderIsAnError() throws {
        let site = try TempSite(["content/a.md": "x\n"])
        #expect(site.build(baseURL: "ftp://example.org/").diagnostics.map(\.headline)
            == ["error: --base-url 'ftp://example.org/' is not a base URL: give https://host/path/ or a path such as /lab-site/"])
        #expect(site.page("index.html") == nil)
    }

    @Test func extraKeysReachTemplates() throws {
        let site = try TempSite([
            "content/a.md": "---\ntitle: A\nvenue:\n  name: ICLR\n---\nx\n",
            "templates/page.mustache": "{{page.extra.venue.name}}",
        ])
        #expect(site.build().succeeded)
        #expect(site.page("a/index.html") == "ICLR")
    }

    @Test func javascriptURLInSiteConfigNeverBecomesALink() throws {
        let site = try TempSite(["site.yml": "title: T\nmenu:\n  - title: x\n    url: \"javascript:alert(1)\"\n"])
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.map { $0.location?.description } == ["site.yml:4:10"])
        #expect(site.page("index.html") == nil)
    }

    @Test func symlinkOutOfTheSiteIsNotFollowed() throws {
        let outside = try TempSite(["secret.md": "---\ntitle: Secret\n---\nsecret\n"])
        let site = try TempSite(["site.yml": "base_url: https://example.org/\n", "content/a.md": "x\n"])
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/leak.md"), withDestinationURL: outside.root.appendingPathComponent("secret.md"))
        let report = site.build()
        #expect(report.succeeded)
        let target = outside.root.resolvingSymlinksInPath().appendingPathComponent("secret.md").path
        #expect(report.diagnostics.map(\.headline) == ["content/leak.md:1:1: warning: skipped: a symbolic link that leads out of the site (to \(target))"])
        #expect(site.page("leak/index.html") == nil)
    }

    @Test func pageNamedLikeAFolderIntroducesItsList() throws {
        let site = try TempSite([
            "content/news.md": "---\ntitle: Lab news\n---\nWhat we are up to.\n",
            "content/news/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nx\n",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        let list = try #require(site.page("news/index.html"))
        #expect(list.contains("<h1>Lab news</h1>"))
        #expect(list.contains("What we are up to."))
        #expect(list.contains(#"<a href="/news/a/">A</a>"#))
    }

    @Test func contentFolderLinkedOutOfTheSiteIsNotFollowed() throws {
        let outside = try TempSite(["secret.md": "secret\n"])
        let site = try TempSite(["site.yml": "title: T\nbase_url: https://example.org/\n"])
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content"), withDestinationURL: outside.root)
        let report = site.build()
        #expect(report.diagnostics.map(\.headline)
            == ["content:1:1: warning: skipped: a symbolic link that leads out of the site (to \(outside.root.resolvingSymlinksInPath().path))"])
        #expect(site.page("secret/index.html") == nil)
    }

    @Test func largePageBuilds() throws {
        let paragraph = String(repeating: "The gradient of a convex function is monotone. ", count: 40) + "\n\n"
        let body = String(repeating: paragraph + "| a | b |\n|---|---|\n| 1 | 2 |\n\n", count: 8_000_000 / (paragraph.utf8.count + 30))
        let site = try TempSite(["content/big.md": "---\ntitle: Big\n---\n" + body])
        #expect(site.build().succeeded)
        #expect((site.page("big/index.html")?.utf8.count ?? 0) > 8_000_000)
    }
}
