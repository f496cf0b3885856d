import Build
import Foundation
import Models
@testable import Site
import Testing

/// Images named by `site.yml` and front-matter fields (banner, avatar, sharing image, a paper's
/// preview) that the output will not hold are warnings at their values; a file name alone in
/// `avatar`, `header.image` and `image` is read in `/assets/images/`.
@Suite struct LocalFileTests {
    static let bibliography = """
        @article{k2020,
          title = {A Paper},
          author = {Ana Costa},
          year = {2020},
          abstract = {What it finds.},
          preview = {k2020.png}
        }

        """

    /// Seed 000's home page: its banner, never copied, was a grey box without a word.
    @Test func aMissingBannerIsAWarningAtItsValue() throws {
        let site = try TempSite([
            "site.yml": "title: T\n",
            "content/index.md": "---\nlayout: archive\nheader:\n  image: /assets/images/banner.jpg\n---\nHello.\n",
        ])
        let report = site.build(baseURL: "https://example.org/")
        #expect(report.succeeded)
        #expect(report.rendered == """
            content/index.md:4:10: warning: image '/assets/images/banner.jpg' does not exist: put the file at assets/images/banner.jpg, or fix the path
             4 |   image: /assets/images/banner.jpg
               |          ^
            """)
    }

    @Test func aMissingAvatarIsAWarningAtItsValueWrittenAsAPathOrAFileName() throws {
        let site = try TempSite(["site.yml": "title: T\nauthor:\n  name: Ada\n  avatar: /img/ada.jpg\n", "content/index.md": "Hello.\n"])
        #expect(site.build(baseURL: "https://example.org/").rendered == """
            site.yml:4:11: warning: image '/img/ada.jpg' does not exist: put the file at content/img/ada.jpg, or fix the path
             4 |   avatar: /img/ada.jpg
               |           ^
            """)
        try site.write("site.yml", "title: T\nauthor:\n  name: Ada\n  avatar:   profile.jpg\n")
        #expect(site.build(baseURL: "https://example.org/").rendered == """
            site.yml:4:13: warning: image '/assets/images/profile.jpg' does not exist: put the file at assets/images/profile.jpg, or fix the path
             4 |   avatar:   profile.jpg
               |             ^
            """)
        #expect(site.page("index.html")?.contains(#"<img class="avatar" src="/assets/images/profile.jpg""#) == true)
    }

    /// As Jekyll themes read `avatar: profile.jpg` in their images folder (academicpages: `/images/`).
    @Test func aFileNameAloneIsReadInAssetsImages() throws {
        let site = try TempSite([
            "site.yml": "title: T\nbase_url: https://example.org/lab/\nimage: card.png\nauthor:\n  name: Ada\n  avatar: profile.jpg\n",
            "content/index.md": "---\nheader:\n  image: people/banner.jpg\n---\nHello.\n", "content/teaching.md": "Courses.\n",
            "assets/images/profile.jpg": "portrait", "assets/images/card.png": "card", "content/assets/images/people/banner.jpg": "banner",
        ])
        let report = site.build()
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.rendered)")
        let home = try #require(site.page("index.html"))
        #expect(home.contains(#"<img class="avatar" src="/lab/assets/images/profile.jpg""#))
        #expect(home.contains(#"<img class="banner" src="/lab/assets/images/people/banner.jpg""#))
        #expect(site.page("teaching/index.html")?.contains(#"<meta property="og:image" content="https://example.org/lab/assets/images/card.png">"#) == true)
    }

    /// A file of `content/` or of the site's `assets/`, a built-in asset, a page: each is there.
    @Test func imagesTheOutputHoldsGiveNoWarning() throws {
        let site = try TempSite([
            "site.yml": "title: T\nimage: /assets/fonts/latinmodern-math.woff2\nauthor:\n  name: Ada\n  avatar: /assets/me.jpg?v=2\n",
            "content/index.md": "---\nheader:\n  image: /img/my%20banner.png#top\n---\nHello.\n",
            "content/img/my banner.png": "banner", "assets/me.jpg": "portrait",
            "content/publications.bib": Self.bibliography.replacingOccurrences(of: "{k2020.png}", with: "{/publications/k2020/}"),
        ])
        let report = site.build(baseURL: "https://example.org/")
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.rendered)")
    }

    @Test func missingSharingImageAndPreviewsAreWarningsAtTheirValues() throws {
        let site = try TempSite([
            "site.yml": "title: T\nimage: /card.png\n",
            "content/index.md": "Hello.\n",
            "content/publications.bib": Self.bibliography + "@article{e2021, title = {B}, author = {Ana Costa}, year = {2021}, abstract = {B.}}\n",
            "content/publications/e2021.md": "---\nbibkey: e2021\npreview: shots/e.png\n---\n",
        ])
        let report = site.build(baseURL: "https://example.org/")
        #expect(report.succeeded)
        #expect(report.rendered == """
            content/publications.bib:6:13: warning: image '/assets/img/publication_preview/k2020.png' does not exist: put the file at assets/img/publication_preview/k2020.png, or fix the path
             6 |   preview = {k2020.png}
               |             ^
            content/publications/e2021.md:3:10: warning: image 'shots/e.png' does not exist: put the file at content/publications/e2021/shots/e.png, or fix the path
             3 | preview: shots/e.png
               |          ^
            site.yml:2:8: warning: image '/card.png' does not exist: put the file at content/card.png, or fix the path
             2 | image: /card.png
               |        ^
            """)
    }

    /// A menu entry or profile link every page shows: a root-relative one is checked as an image is.
    @Test func missingMenuAndProfileLinksAreWarningsAtTheirValues() throws {
        let site = try TempSite([
            "site.yml": """
                title: T
                author:
                  name: Ada
                  links:
                    CV: /files/cv.pdf
                    Notes: /notes.pdf
                    ORCID: https://orcid.org/0000-0002-1825-0097
                menu:
                  - title: Teaching
                    url: /teaching/
                  - title: News
                    url: /news#latest
                  - title: Home
                    url: /
                  - title: Elsewhere
                    url: //example.org/x/

                """,
            "content/index.md": "Hello.\n", "content/news/2026-01-01-a.md": "---\ntitle: A\n---\n", "content/notes.pdf": "%PDF-1.4\n",
        ])
        #expect(site.build(baseURL: "https://example.org/").rendered == """
            site.yml:5:9: warning: link '/files/cv.pdf' does not exist: put the file at content/files/cv.pdf, or fix the path
             5 |     CV: /files/cv.pdf
               |         ^
            site.yml:10:10: warning: link '/teaching/' is no page of the site: write content/teaching.md, or fix the path
             10 |     url: /teaching/
                |          ^
            """)
    }

    @Test(arguments: [
        ("/assets/images/a.jpg", "", "assets/images/a.jpg"),
        ("/img/my%20photo.png?v=2#x", "", "img/my photo.png"),
        ("shots/a.png", "publications/k/", "publications/k/shots/a.png"),
        ("../a.png", "news/b/", "news/a.png"),
        ("a.png", "people/cv.html", "people/a.png"),
        ("a.png", "cv.html", "a.png"),
        ("/../../a.png", "", "a.png"),
        ("/news/./", "", "news/"),
        ("/", "", ""),
    ])
    func aLocalURLNamesTheOutputPathABrowserWouldAskFor(url: String, route: String, path: String) {
        #expect(LocalFileCheck.outputPath(of: url, from: route) == path)
    }

    /// The demo shows its avatar, drawn in SVG and named by its file name alone, and builds with
    /// no warning.
    @Test func theDemoShowsItsAvatarWithoutAWarning() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let generated = SiteBuilder().generate(BuildOptions(source: repository, buildDate: ContentDate(year: 2026, month: 11, day: 22)))
        #expect(generated.report.diagnostics.isEmpty, "\(generated.report.rendered)")
        #expect(generated.items.contains { $0.path == "assets/images/ada-quinlan.svg" })
        guard case .bytes(let bytes) = try #require(generated.items.first { $0.path == "index.html" }).source else {
            Issue.record("index.html is not made in memory")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains(#"<img class="avatar" src="/assets/images/ada-quinlan.svg""#))
    }
}
