import Check
import Diagnostics
import Foundation
import Testing

/// The checks on made-up outputs: one kind of problem at a time, and how the findings are
/// placed in the sources and grouped.
@Suite struct SiteCheckerTests {
    static func site(_ pages: [String: String], files: [String] = [], basePath: String = "/") -> CheckedSite {
        CheckedSite(files: Set(pages.keys).union(files), pages: pages, resolver: LinkResolver(basePath: basePath))
    }

    static func findings(_ site: CheckedSite) -> [String] {
        SiteChecker().check(site).findings.map { "\($0.page):\($0.place.map { "\($0.line):\($0.column)" } ?? "-") \($0.kind.rawValue) \($0.message)" }
    }

    @Test func aSiteWhoseLinksAllLandHasNoFindings() {
        let site = Self.site([
            "index.html": "<a href=\"/a/\">a</a> <a href=\"a/#x\">ax</a> <a href=\"/b\">b</a> <a href=\"/c\">c</a> <img src=\"/i.png\" alt=\"\">",
            "a/index.html": "<h1 id=\"x\">A</h1><a href=\"../#TOP\">top</a><a href=\"#top\">t</a>",
            "b/index.html": "B", "c.html": "C",
        ], files: ["i.png"])
        #expect(Self.findings(site) == [])
        #expect(SiteChecker().check(site).localReferencesChecked == 7)
    }

    @Test func eachKindOfBreakageIsFound() {
        let site = Self.site([
            "index.html": """
                <a href="/gone/">g</a><img src="/missing.png" alt="m"><a href="/a/#nope">n</a>
                <a href="/../out/">o</a><img src="/a.png"><p id="d"></p><p id="d"></p><a href="/a/">a</a>
                """,
            "a/index.html": "<link rel=\"stylesheet\" href=\"/site.css\"><a href=\"/files/x.pdf\">pdf</a>",
            "lonely/index.html": "<a href=\"/\">home</a>",
        ], files: ["a.png"])
        #expect(Self.findings(site) == [
            "a/index.html:1:1 missing-file stylesheet '/site.css' does not exist: the site has no file site.css",
            "a/index.html:1:41 broken-link link '/files/x.pdf' leads nowhere: the site has no file files/x.pdf",
            "index.html:2:57 duplicate-id another element of this page already has the id 'd'; a link to #d cannot tell them apart",
            "index.html:2:25 missing-alt image '/a.png' has no alt attribute: describe it with alt=\"…\", or write alt=\"\" if it is only decoration",
            "index.html:1:1 broken-link link '/gone/' leads nowhere: the site has no page gone/index.html",
            "index.html:1:23 missing-file image '/missing.png' does not exist: the site has no file missing.png",
            "index.html:1:55 missing-anchor link '/a/#nope' points to no element of /a/: none has the id 'nope'",
            "index.html:2:1 outside-site link '/../out/' leads out of the site: the site's pages are below /",
            "lonely/index.html:- orphan no link reaches this page (/lonely/) from the home page: add it to the menu, or link to it from a page that is reached",
        ])
    }

    @Test func orphansAreThePagesNoChainOfLinksReaches() {
        let site = Self.site([
            "index.html": "<a href=\"/a/\">a</a>", "a/index.html": "<a href=\"/b/\">b</a>", "b/index.html": "<a href=\"/\">home</a><link rel=\"alternate\" href=\"/e/\">",
            "c/index.html": "<a href=\"/d/\">d</a>", "d/index.html": "<a href=\"/c/\">c</a>",
            "e/index.html": "", "404.html": "",
        ])
        let orphans = SiteChecker().check(site).findings.filter { $0.kind == .orphan }.map(\.page)
        // A reached page that names e only in a <link> does not make e reachable by a reader.
        #expect(orphans == ["c/index.html", "d/index.html", "e/index.html"])
        let only = SiteChecker().check(site, orphanCandidates: ["d/index.html"]).findings.filter { $0.kind == .orphan }.map(\.page)
        #expect(only == ["d/index.html"])
    }

    @Test func externalURLsAreGatheredWithoutTheirFragments() {
        let site = Self.site([
            "index.html": "<a href=\"https://x.org/p#a\">1</a><a href=\"https://x.org/p#b\">2</a><img src=\"http://y.org/i.png\" alt=\"\">",
            "a/index.html": "<a href=\"https://x.org/p\">3</a><a href=\"/\">h</a>",
        ])
        let result = SiteChecker().check(site, orphanCandidates: [])
        #expect(result.externalReferences.map(\.url) == ["http://y.org/i.png", "https://x.org/p"])
        #expect(result.externalReferences[1].uses.map(\.page) == ["a/index.html", "index.html", "index.html"])
    }

    @Test func findingsArePlacedInTheSourceThatWritesThemAndGroupedOtherwise() throws {
        let folder = try TempSite(["content/a.md": "---\ntitle: A\n---\nSee [gone](/gone/).\n", "site.yml": "menu:\n  - title: X\n    url: /x/\n"])
        let page = "<header><a href=\"/lab/x/\">X</a><a href=\"/lab/t/\">T</a></header><main><a href=\"/lab/gone/\">gone</a></main>"
        let site = Self.site(["index.html": page, "a/index.html": page], basePath: "/lab/")
        let findings = SiteChecker().check(site, orphanCandidates: []).findings
        let sources = SourceLocator.Sources(siteFolder: folder.root, pageStarts: ["a/index.html": SourceLocation(path: "content/a.md", line: 1, column: 1)],
                                            sharedFiles: ["site.yml"])
        var locator = SourceLocator(site: site, outputFolder: "_site", sources: sources)
        let placed = locator.problems(for: findings).map { "\($0.diagnostic.location?.description ?? "-") \($0.kind) \($0.subject ?? "")" }
        #expect(placed == [
            "site.yml:3:10 broken-link /lab/x/",
            "_site/a/index.html:1:32 broken-link /lab/t/",
            "content/a.md:4:12 broken-link /lab/gone/",
        ])
        let grouped = locator.problems(for: findings).first { $0.subject == "/lab/t/" }?.diagnostic.message
        #expect(grouped == "link '/lab/t/' leads nowhere: the site has no page t/index.html (and on 1 other page)")
    }
}
