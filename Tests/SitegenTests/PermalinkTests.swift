@testable import Build
import Check
import Foundation
import Models
@testable import Site
import Testing

/// `permalink:` and `redirect_from:`: each placeholder and slash rule, each rejected path, and
/// whole sites whose pages, lists, sitemap and redirects follow the new URLs.
@Suite struct PermalinkTests {
    static let values = Permalink.Values(date: ContentDate(year: 2024, month: 3, day: 5), slug: "launch", categories: ["ML", "Theory", "ml"])

    /// `route → output path`, or nil when the permalink is refused.
    func place(_ path: String, values: Permalink.Values? = values) -> String? {
        guard case .success(let place) = Permalink.place(of: path, key: "permalink", values: values) else { return nil }
        return "\(place.route) → \(place.outputPath)"
    }

    func problem(_ path: String, key: String = "permalink", values: Permalink.Values? = values) -> String? {
        guard case .failure(let problem) = Permalink.place(of: path, key: key, values: values) else { return nil }
        return problem.message
    }

    @Test func placeholdersTakeTheDateTheSlugAndTheCategories() {
        #expect(place("/:year/:month/:day/:title/") == "2024/03/05/launch/ → 2024/03/05/launch/index.html")
        #expect(place("/notes/:slug.html") == "notes/launch.html → notes/launch.html")
        #expect(place("/:categories/:title/") == "ml/theory/launch/ → ml/theory/launch/index.html")
        let uncategorized = Permalink.Values(date: nil, slug: "launch", categories: [])
        #expect(place("/:categories/:title/", values: uncategorized) == "launch/ → launch/index.html")
        let december = Permalink.Values(date: ContentDate(year: 2023, month: 12, day: 31), slug: "x", categories: [])
        #expect(place("/:year-:month-:day-:title/", values: december) == "2023-12-31-x/ → 2023-12-31-x/index.html")
    }

    @Test func theTrailingSlashRuleIsJekylls() {
        #expect(place("/about/") == "about/ → about/index.html")
        #expect(place("/about") == "about/ → about/index.html")
        #expect(place("/cv.html") == "cv.html → cv.html")
        #expect(place("/people/cv.html") == "people/cv.html → people/cv.html")
        #expect(place("/") == " → index.html")
    }

    @Test func aPermalinkOutsideTheSiteIsRefused() {
        let rooted = "must be a path of this site starting with '/' (such as /about/), without a scheme or host"
        #expect(problem("about/") == "permalink 'about/' \(rooted)")
        #expect(problem("https://evil.example/x/") == "permalink 'https://evil.example/x/' \(rooted)")
        #expect(problem("//evil.example/x/") == "permalink '//evil.example/x/' \(rooted)")
        #expect(problem("") == "permalink '' \(rooted)")
        let segments = "use segments without '.', '..', \\ ? # % \" < > | * : or control characters"
        #expect(problem("/a/../../b/") == "the segment '..' of permalink '/a/../../b/' would lead out of the site: \(segments)")
        #expect(problem("/a/./b/") == "the segment '.' of permalink '/a/./b/' cannot be part of a URL: \(segments)")
        #expect(problem("/a?b=1") == "the segment 'a?b=1' of permalink '/a?b=1' cannot be part of a URL: \(segments)")
        #expect(problem("/a\\b/") == "the segment 'a\\b' of permalink '/a\\b/' cannot be part of a URL: \(segments)")
    }

    @Test func aPermalinkThatCannotBeResolvedIsRefused() {
        let undated = Permalink.Values(date: nil, slug: "x", categories: [])
        #expect(problem("/:year/:title/", values: undated) == "permalink '/:year/:title/' uses ':year', but the page has no date; give it a 'date'")
        #expect(problem("/:day/", values: undated) == "permalink '/:day/' uses ':day', but the page has no date; give it a 'date'")
        #expect(problem("/:name/") == "permalink '/:name/' holds ':name', which is not a placeholder sitegen knows (:year :month :day :title :slug :categories)")
        #expect(problem("/a/:/") == "permalink '/a/:/' holds ':', which is not a placeholder sitegen knows (:year :month :day :title :slug :categories)")
        #expect(problem("/cv.pdf") == "permalink '/cv.pdf' names a file that is not a page: end it with '/' or '.html'")
        #expect(problem("/old/:title/", key: "redirect_from", values: nil)
            == "redirect_from '/old/:title/' holds ':'; placeholders are resolved only in 'permalink', and ':' cannot be part of a URL")
    }

    static let siteFiles = [
        "site.yml": "title: Lab\nbase_url: https://lab.example.org/group/\nmenu:\n  - label: About\n    url: /about-me/\n  - label: News\n    url: /news/\n",
        "content/index.md": "---\ntitle: Home\n---\nSee the [CV](/cv.html).\n",
        "content/about.md": "---\ntitle: About\npermalink: /about-me/\nredirect_from:\n  - /about/\n  - /old/about.html\n---\nHi.\n",
        "content/news/2024-03-05-launch.md": "---\ntitle: Launch\ncategories: [Lab, Events]\npermalink: /:categories/:year/:title\nredirect_from: /news/launch/\n---\nLaunched.\n",
        "content/cv.md": "---\ntitle: CV\npermalink: /cv.html\n---\nMy CV.\n",
    ]

    @Test func pagesListsSitemapAndFeedsFollowThePermalink() throws {
        let site = try TempSite(Self.siteFiles)
        let report = site.build()
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.rendered)")
        let about = try #require(site.page("about-me/index.html"))
        #expect(about.contains("<p>Hi.</p>"))
        #expect(about.contains("<link rel=\"canonical\" href=\"https://lab.example.org/group/about-me/\">"))
        #expect(about.contains("href=\"/group/about-me/\""), "the menu links to the page's new URL")
        #expect(site.page("about/index.html") != about)
        #expect(try #require(site.page("lab/events/2024/launch/index.html")).contains("<p>Launched.</p>"))
        #expect(site.page("news/launch/index.html")?.contains("Launched.") == false)
        #expect(try #require(site.page("news/index.html")).contains("href=\"/group/lab/events/2024/launch/\""))
        #expect(try #require(site.page("cv.html")).contains("<p>My CV.</p>"))
        #expect(site.page("cv/index.html") == nil)
        #expect(try #require(site.page("index.html")).contains("href=\"/group/cv.html\""))
        let sitemap = try #require(site.page("sitemap.xml"))
        for url in ["group/about-me/", "group/lab/events/2024/launch/", "group/cv.html"] {
            #expect(sitemap.contains("<loc>https://lab.example.org/\(url)</loc>"), "\(url)")
        }
        #expect(!sitemap.contains("group/about/<") && !sitemap.contains("old/about.html") && !sitemap.contains("news/launch/"))
        let feed = try #require(site.page("news/atom.xml"))
        #expect(feed.contains("https://lab.example.org/group/lab/events/2024/launch/") && !feed.contains("news/launch/"))
    }

    @Test func aRedirectPageSendsReadersOnAndIsListedNowhere() throws {
        let site = try TempSite(Self.siteFiles)
        #expect(site.build().succeeded)
        #expect(site.page("about/index.html") == """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Moved to /group/about-me/</title>
            <meta http-equiv="refresh" content="0; url=/group/about-me/">
            <link rel="canonical" href="https://lab.example.org/group/about-me/">
            <meta name="robots" content="noindex">
            </head>
            <body>
            <p>This page has moved to <a href="/group/about-me/">/group/about-me/</a>.</p>
            </body>
            </html>

            """)
        #expect(site.page("old/about.html")?.contains("url=/group/about-me/\">") == true)
        #expect(site.page("news/launch/index.html")?.contains("url=/group/lab/events/2024/launch/\">") == true)
        #expect(site.page("news/index.html")?.contains("news/launch/") == false, "a redirect is not a news item")
        #expect(site.page("index.html")?.contains("/group/about/\"") == false && site.page("index.html")?.contains("old/about") == false)
        // Without a host, the canonical link holds the base path alone.
        #expect(site.build(baseURL: "/lab/").succeeded)
        #expect(site.page("about/index.html")?.contains("<link rel=\"canonical\" href=\"/lab/about-me/\">") == true)
    }

    @Test func aSiteWithRedirectsChecksClean() async throws {
        let site = try TempSite(Self.siteFiles)
        let inMemory = await SiteCheck().run(.build(BuildOptions(source: site.root, buildDate: ContentDate(year: 2026, month: 6, day: 1))))
        #expect(inMemory.problems.isEmpty, "\(inMemory.problems.map(\.diagnostic))")
        #expect(inMemory.pagesChecked > 8)
        #expect(site.build().succeeded)
        let folder = await SiteCheck().run(.folder(site.output, baseURL: nil, siteFolder: site.root))
        #expect(folder.problems.isEmpty, "\(folder.problems.map(\.diagnostic))")
    }

    @Test func aURLClaimedTwiceIsAnErrorNamingBoth() throws {
        let site = try TempSite([
            "content/a.md": "---\ntitle: A\npermalink: /same/\n---\n",
            "content/b.md": "---\ntitle: B\npermalink: /same\n---\n",
            "content/c.md": "---\ntitle: C\nredirect_from: /same/\n---\n",
            "content/d.md": "---\ntitle: D\nredirect_from:\n  - /gone/\n  - /d/\n---\n",
            "content/e.md": "---\ntitle: E\nredirect_from: [/gone]\n---\n",
            "content/f.md": "---\ntitle: F\npermalink: /404.html\n---\n",
            "content/g.md": "---\ntitle: G\nredirect_from: /old.html\n---\n",
            "content/old.html": "<!DOCTYPE html><title>Old</title>\n",
        ])
        #expect(site.build().rendered == """
            content/b.md:3:12: error: two pages write /same/: this one and the one at content/a.md:3:12; give one of them another 'slug' or 'permalink'
             3 | permalink: /same
               |            ^
            content/c.md:3:16: error: two pages write /same/: this redirect and the page at content/a.md:3:12; remove one of them
             3 | redirect_from: /same/
               |                ^
            content/d.md:5:5: error: two pages write /d/: this redirect and the page at content/d.md:1:1; remove one of them
             5 |   - /d/
               |     ^
            content/e.md:3:17: error: two pages write /gone/: this redirect and the redirect at content/d.md:4:5; remove one of them
             3 | redirect_from: [/gone]
               |                 ^
            content/f.md:3:12: error: two pages write /404.html: this one and the 404 page sitegen makes; give this one another 'permalink'
             3 | permalink: /404.html
               |            ^
            content/g.md:3:16: error: two pages write /old.html: this redirect and the file content/old.html; remove one of them
             3 | redirect_from: /old.html
               |                ^
            """)
    }

    @Test func aBadPermalinkOrRedirectIsAnErrorAtItsValue() throws {
        let site = try TempSite([
            "content/a.md": "---\ntitle: A\npermalink: ../a/\n---\n",
            "content/b.md": "---\ntitle: B\nredirect_from:\n  - /fine/\n  - https://old.example/b/\n---\n",
            "content/c.md": "---\ntitle: C\npermalink: /:year/c/\n---\n",
            "content/publications/p.md": "---\ntitle: P\nauthors: [A. B.]\ndate: 2024-01-01\npermalink: /p.html\n---\n",
        ])
        #expect(site.build().rendered == """
            content/a.md:3:12: error: permalink '../a/' must be a path of this site starting with '/' (such as /about/), without a scheme or host
             3 | permalink: ../a/
               |            ^
            content/b.md:5:5: error: redirect_from 'https://old.example/b/' must be a path of this site starting with '/' (such as /about/), without a scheme or host
             5 |   - https://old.example/b/
               |     ^
            content/c.md:3:12: error: permalink '/:year/c/' uses ':year', but the page has no date; give it a 'date'
             3 | permalink: /:year/c/
               |            ^
            content/publications/p.md:5:12: error: permalink '/p.html' names a file, but a publication page needs a folder for the files written beside it: end it with '/'
             5 | permalink: /p.html
               |            ^
            """)
    }
}
