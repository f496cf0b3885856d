import Build
import Foundation
import Models
import Testing

/// `raw_html` in `site.yml`: checked, applied to every page, reported in file positions, and
/// followed by incremental rebuilds.
@Suite struct RawHTMLSiteTests {
    static let page = "---\ntitle: A\n---\nText <img src=x onerror=alert(1) alt=y>.\n\n<div onclick=\"go()\">\n<a href=\"&#106;avascript:alert(1)\">x</a>\n</div>\n"

    @Test func unknownValueIsAPositionedErrorNamingTheAllowedOnes() throws {
        let site = try TempSite(["site.yml": "title: T\nraw_html: strip\n", "content/a.md": Self.page])
        let report = site.build()
        #expect(report.diagnostics.errors.map(\.headline) == ["site.yml:2:11: error: unknown raw_html value 'strip'; expected one of: keep, sanitize, escape"])
        #expect(site.page("a/index.html") == nil)
    }

    @Test func keepIsTheDefaultAndLeavesRawHTMLAsWritten() throws {
        let implicit = try TempSite(["site.yml": "title: T\nbase_url: https://example.org/\n", "content/a.md": Self.page])
        let explicit = try TempSite(["site.yml": "title: T\nbase_url: https://example.org/\nraw_html: keep\n", "content/a.md": Self.page])
        #expect(implicit.build().diagnostics.isEmpty)
        explicit.build()
        #expect(implicit.outputFiles() == explicit.outputFiles())
        #expect(implicit.page("a/index.html")?.contains("<img src=x onerror=alert(1) alt=y>") == true)
    }

    @Test func sanitizeWarnsAtPositionsInTheFile() throws {
        let site = try TempSite(["site.yml": "title: T\nbase_url: https://example.org/\nraw_html: sanitize\n", "content/a.md": Self.page])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.headline) == [
            "content/a.md:4:6: warning: raw HTML: removed attribute 'onerror' from <img>",
            "content/a.md:6:1: warning: raw HTML: removed attribute 'onclick' from <div>",
            "content/a.md:7:1: warning: raw HTML: removed 'href' from <a>: '&#106;avascript:alert(1)' is not a URL that can be linked",
        ])
        #expect(report.diagnostics.first?.sourceLine == "Text <img src=x onerror=alert(1) alt=y>.")
        let html = try #require(site.page("a/index.html"))
        #expect(html.contains("<p>Text <img src=\"x\" alt=\"y\">.</p>\n<div>\n<a>x</a>\n</div>"))
    }

    /// A page full of handlers lists twenty warnings and counts the rest, so that the report
    /// (each warning carries its source line) stays small whatever the page holds.
    @Test func removalsBeyondTwentyAreCounted() throws {
        let body = String(repeating: "<i onclick=y>z</i>\n", count: 25)
        let site = try TempSite(["site.yml": "title: T\nbase_url: https://example.org/\nraw_html: sanitize\n", "content/a.md": "---\ntitle: A\n---\n<div>\n" + body + "</div>\n"])
        let headlines = site.build().diagnostics.map(\.headline)
        #expect(headlines.count == 21)
        #expect(headlines.first == "content/a.md:5:1: warning: raw HTML: removed attribute 'onclick' from <i>")
        #expect(headlines.last == "content/a.md:29:1: warning: 5 more warnings about this file's text (Liquid, removed links or raw HTML, formulas) are not listed")
    }

    @Test func escapeShowsRawHTMLAsText() throws {
        let site = try TempSite(["site.yml": "title: T\nbase_url: https://example.org/\nraw_html: escape\n", "content/a.md": Self.page])
        #expect(site.build().diagnostics.isEmpty)
        let html = try #require(site.page("a/index.html"))
        #expect(html.contains("<p>Text &lt;img src=x onerror=alert(1) alt=y&gt;.</p>\n<p>&lt;div onclick=&quot;go()&quot;&gt;\n"))
    }

    /// A change of `raw_html` alone parses every page again.
    @Test func changingTheModeRebuildsLikeAFreshBuild() throws {
        let site = try TempSite(["site.yml": "title: T\n", "content/a.md": Self.page])
        let options = BuildOptions(source: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))
        var memo = BuildMemo()
        for mode in ["keep", "sanitize", "escape", "keep"] {
            try site.write("site.yml", "title: T\nraw_html: \(mode)\n")
            let incremental = SiteBuilder().generate(options, memo: &memo)
            let fresh = SiteBuilder().generate(options)
            #expect(incremental.items.map(\.path) == fresh.items.map(\.path))
            #expect(Self.pageBytes(incremental) == Self.pageBytes(fresh), "after raw_html: \(mode)")
        }
    }

    static func pageBytes(_ generated: SiteBuilder.Generated) -> [String: [UInt8]] {
        var pages: [String: [UInt8]] = [:]
        for item in generated.items {
            if case .bytes(let contents) = item.source { pages[item.path] = contents }
        }
        return pages
    }
}
