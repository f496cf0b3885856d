import Foundation
import Testing
@testable import Markdown

/// The base path is put before root-relative URLs in one stage, when a body enters a view:
/// in Markdown links and images and in the URL attributes of raw HTML alike, never in text.
@Suite struct BasePathTests {
    let renderer = MarkdownRenderer()

    func underLab(_ html: String) -> String {
        MarkdownDocument(html: html).html(basePath: "/lab/")
    }

    @Test func markdownLinksAndImages() {
        let document = renderer.render("[pdf](/files/x.pdf) ![plot](/img/y.png \"Title /z\")\n")
        #expect(document.html == "<p><a href=\"/files/x.pdf\">pdf</a> <img src=\"/img/y.png\" alt=\"plot\" title=\"Title /z\" /></p>\n")
        #expect(document.html(basePath: "/lab/")
            == "<p><a href=\"/lab/files/x.pdf\">pdf</a> <img src=\"/lab/img/y.png\" alt=\"plot\" title=\"Title /z\" /></p>\n")
    }

    @Test func rawLinksAndImagesInAnyQuotingAndCase() {
        let raw = "<p>See <a href=\"/files/x.pdf\">x</a>, <IMG SRC='/img/y.png' ALT=y> and <a class=k Href=/a/b/>c</a>.</p>\n"
        #expect(renderer.render(raw).html(basePath: "/lab/")
            == "<p>See <a href=\"/lab/files/x.pdf\">x</a>, <IMG SRC='/lab/img/y.png' ALT=y> and <a class=k Href=/lab/a/b/>c</a>.</p>\n")
    }

    @Test func everyCandidateOfASrcset() {
        #expect(underLab("<img srcset=\"/a.png 1x, b.png 2x,/c.png 3x\" alt=x>") == "<img srcset=\"/lab/a.png 1x, b.png 2x,/lab/c.png 3x\" alt=x>")
        #expect(underLab("<source srcset='/a.png, /b.png 640w, //cdn.example/c.png 2x'>") == "<source srcset='/lab/a.png, /lab/b.png 640w, //cdn.example/c.png 2x'>")
        // A browser reads a URL up to whitespace, so `/a.png,/b.png` is one URL.
        #expect(underLab("<img srcset=\"/a.png,/b.png 2x\">") == "<img srcset=\"/lab/a.png,/b.png 2x\">")
        #expect(underLab("<img srcset=\"/a.png image-set(1x, 2x), /b.png\">") == "<img srcset=\"/lab/a.png image-set(1x, 2x), /lab/b.png\">")
    }

    @Test func otherURLAttributes() {
        #expect(underLab("<video poster=/p.jpg src=\"/v.mp4\"><track src='/t.vtt'></video>")
            == "<video poster=/lab/p.jpg src=\"/lab/v.mp4\"><track src='/lab/t.vtt'></video>")
        #expect(underLab("<form action=\"/search\"><button formaction=\"/go\">go</button></form>")
            == "<form action=\"/lab/search\"><button formaction=\"/lab/go\">go</button></form>")
        #expect(underLab("<blockquote cite=\"/talk/\">q</blockquote><svg><use xlink:href=\"/icons.svg#a\"/></svg>")
            == "<blockquote cite=\"/lab/talk/\">q</blockquote><svg><use xlink:href=\"/lab/icons.svg#a\"/></svg>")
        #expect(underLab("<object data=\"/x.svg\"></object><div data=\"/not-a-url\"></div><p title=\"/x\" alt=/y>")
            == "<object data=\"/lab/x.svg\"></object><div data=\"/not-a-url\"></div><p title=\"/x\" alt=/y>")
    }

    @Test func urlsOutsideTheSiteOrAlreadyUnderItAreLeftAlone() {
        let html = "<a href=\"//cdn.example/x\">1</a><a href=\"https://x.org/a\">2</a><a href=\"/lab/a\">3</a><a href=\"/lab\">4</a>"
            + "<a href=\"#anchor\">5</a><a href=\"x.pdf\">6</a><a href=\"?q=/x\">7</a><a href=\"\">8</a><a href>9</a>"
        #expect(underLab(html) == html)
        #expect(underLab("<a href=\"/labs/x\">") == "<a href=\"/lab/labs/x\">")
    }

    @Test func spacesAroundAURLStayOutsideTheBasePath() {
        #expect(underLab("<a href=\" /x \">") == "<a href=\" /lab/x \">")
        #expect(underLab("<a href = \"/x\">") == "<a href = \"/lab/x\">")
    }

    @Test func textCodeAndCommentsAreNotTags() {
        let markdown = "`<a href=\"/x\">`\n\n```\n<img src=\"/y.png\">\n```\n\n<!-- <a href=\"/z\"> -->\n\na &lt;a href=\"/w\"&gt; b\n"
        let document = renderer.render(markdown)
        #expect(document.html.contains("<code>&lt;a href=&quot;/x&quot;&gt;</code>"))
        #expect(document.html(basePath: "/lab/") == document.html)
        #expect(underLab("x </a href=\"/end\"> <!--> <a href=\"/after\"> <? <a href=\"/pi\"> >")
            == "x </a href=\"/end\"> <!--> <a href=\"/lab/after\"> <? <a href=\"/pi\"> >")
        #expect(underLab("<a title=\"<a href='/in-value'>\" href=\"/x\">") == "<a title=\"<a href='/in-value'>\" href=\"/lab/x\">")
    }

    @Test func aTagTheTextEndsInsideKeepsItsURLs() {
        #expect(underLab("<a href=\"/x\">a</a><a href=\"/y\" title=\"b") == "<a href=\"/lab/x\">a</a><a href=\"/y\" title=\"b")
    }

    @Test func escapedRawHTMLIsTextAndSanitizedTagsKeepTheirURLs() {
        let raw = "<a HREF='/x' onclick=go()>x</a> <img src=/y.png alt=y>\n"
        let escaped = renderer.render(raw, options: .init(rawHTML: .escape))
        #expect(escaped.html(basePath: "/lab/") == escaped.html)
        let sanitized = renderer.render(raw, options: .init(rawHTML: .sanitize))
        #expect(sanitized.html(basePath: "/lab/") == "<p><a href=\"/lab/x\">x</a> <img src=\"/lab/y.png\" alt=\"y\"></p>\n")
    }

    /// Under `/` the body is the very string the parse stage made: nothing scanned, nothing copied.
    @Test func theRootBasePathReturnsTheHTMLItself() {
        let document = renderer.render(String(repeating: "[a](/files/x.pdf) <img src=\"/y.png\" alt=y>\n", count: 20))
        let html = document.html(basePath: "/")
        #expect(html == document.html)
        let storage = html.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(storage != nil && storage == document.html.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
        #expect(document.html(basePath: "/lab/") != document.html)
    }

    @Test func aWholeSiteUnderABasePath() throws {
        let page = """
            ---
            title: Files
            ---
            [Markdown](/files/a.pdf) and <a href="/files/x.pdf">raw</a>.

            <figure>
            <img src="/img/y.png" srcset="/img/y.png 1x, /img/y@2x.png 2x" alt="Y">
            </figure>

            ```
            <a href="/files/code.pdf">
            ```

            """
        let site = try TempSite([
            "content/files.md": page,
            "content/news/2026-01-01-short.md": "Read <a href=\"/files/news.pdf\">the note</a>.\n",
        ])
        #expect(site.build(baseURL: "/lab-site/").succeeded)
        let html = try #require(site.page("files/index.html"))
        #expect(html.contains("<p><a href=\"/lab-site/files/a.pdf\">Markdown</a> and <a href=\"/lab-site/files/x.pdf\">raw</a>.</p>"))
        #expect(html.contains("<img src=\"/lab-site/img/y.png\" srcset=\"/lab-site/img/y.png 1x, /lab-site/img/y@2x.png 2x\" alt=\"Y\">"))
        #expect(html.contains("<code>&lt;a href=&quot;/files/code.pdf&quot;&gt;\n</code>"))
        let list = try #require(site.page("news/index.html"))
        #expect(list.contains("<a href=\"/lab-site/files/news.pdf\">the note</a>"))

        #expect(site.build().succeeded)
        #expect(site.page("files/index.html")?.contains("<a href=\"/files/x.pdf\">raw</a>") == true)
        #expect(site.page("news/index.html")?.contains("<a href=\"/files/news.pdf\">the note</a>") == true)
    }
}
