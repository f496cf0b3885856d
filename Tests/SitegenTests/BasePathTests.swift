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
        #expect(underLab("<img srcset=\"/a.png x(1x, /c.png), /b.png\">") == "<img srcset=\"/lab/a.png x(1x, /c.png), /lab/b.png\">")
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

    /// The byte scanner reads markup as `HTMLTagTokenizer` (the sanitizer's tokenizer) does:
    /// on random markup, both find the same root-relative URLs in the same URL attributes.
    @Test func findsWhatTheTokenizerFindsOnRandomMarkup() {
        let names = ["a", "IMG", "object", "Object", "source", "a/", "1"]
        let attributes = ["href", "HREF", "src", "srcset", "data", "xlink:href", "title", "=href", "href/"]
        let values = ["/p.png", " /p.png ", "//cdn/x", "x.png", "/a.png 1x, /b.png 2x", "/a.png,/b.png", ", /a.png (x, /d.png), /c.png,", "\u{01}/p",
                      "/p\">", "'/q'", "", "/é"]
        let junk = ["<!--", "-->", "--!>", "<!-->", "<?", "<!", "</", "<", ">", "/", "\"", "'", "=", " ", "\n", "x", "é"]
        func markup(_ random: inout SplitMix64) -> String {
            var html = ""
            for _ in 0..<random.below(8) {
                guard random.chance(60) else {
                    html += junk[random.below(junk.count)]
                    continue
                }
                html += (random.chance(85) ? "<" : "</") + names[random.below(names.count)]
                for _ in 0..<random.below(4) {
                    html += [" ", "\n", "/", ""][random.below(4)] + attributes[random.below(attributes.count)]
                    guard random.chance(85) else { continue }
                    let quote = ["\"", "'", ""][random.below(3)]
                    html += [" = ", "="][random.below(2)] + quote + values[random.below(values.count)] + (random.chance(90) ? quote : "")
                }
                html += random.chance(90) ? [">", "/>", " >"][random.below(3)] : ""
            }
            return html
        }
        let urlAttributes = Set(["href", "src", "poster", "action", "formaction", "cite", "xlink:href"])
        func rootRelative(_ value: String) -> String? {
            let trimmed = value.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
            let url = String(String.UnicodeScalarView(trimmed))
            return url.hasPrefix("/") && !url.hasPrefix("//") ? url : nil
        }
        for index in 0..<3_000 {
            var random = SplitMix64(seed: SplitMix64.caseSeed(11, index))
            let html = markup(&random)
            var expected: [String] = []
            for (_, token) in HTMLTagTokenizer.tokens(of: html) {
                guard case .startTag(let tag) = token else { continue }
                for attribute in tag.attributes {
                    guard let value = attribute.rawValue else { continue }
                    if urlAttributes.contains(attribute.name) || (attribute.name == "data" && tag.name == "object") {
                        expected += rootRelative(value).map { [$0] } ?? []
                    } else if attribute.name == "srcset" {
                        expected += RawHTMLSanitizer.srcsetURLs(value).compactMap(rootRelative)
                    }
                }
            }
            let bytes = Array(html.utf8)
            let found = RootRelativeURLScanner.ranges(in: html).map { String(decoding: bytes[$0], as: UTF8.self) }
            #expect(found == expected, "case \(index): \(html.debugDescription)")
        }
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
