import Dispatch
import Testing
@testable import Markdown

@Suite struct MarkdownTests {
    let renderer = MarkdownRenderer()

    func html(_ markdown: String, basePath: String = "/") -> String {
        renderer.render(markdown).html(basePath: basePath)
    }

    @Test func tables() {
        #expect(html("| a | b |\n|:--|--:|\n| 1 | 2 |\n").contains(#"<th style="text-align: left">a</th>"#))
    }

    @Test func strikethroughAutolinkTasklist() {
        #expect(html("~~old~~") == "<p><del>old</del></p>\n")
        #expect(html("see https://example.org now").contains(#"<a href="https://example.org">https://example.org</a>"#))
        #expect(html("- [x] done\n- [ ] todo\n").contains(#"<input type="checkbox" checked="" disabled="" />"#))
    }

    @Test func footnotes() {
        let output = html("A claim.[^1]\n\n[^1]: The source.\n")
        #expect(output.contains(##"<a href="#fn-1" id="fnref-1" data-footnote-ref>1</a>"##))
        #expect(output.contains(#"<section class="footnotes" data-footnotes>"#))
    }

    @Test func rawHTMLIsKeptButTheTagFilterDisarmsScripts() {
        #expect(html("line<br/>break").contains("<br/>"))
        #expect(html("<script>alert(1)</script>\n").contains("&lt;script>"))
        #expect(html("<iframe src=x></iframe>\n").contains("&lt;iframe"))
    }

    @Test func headingsGetUniqueAttributeSafeIds() {
        let document = renderer.render("## About *me*\n\n## About me\n\n### \"Quotes\" & <b>tags</b>\n\n## Émergence 2024\n")
        #expect(document.headings.map(\.id) == ["about-me", "about-me-1", "quotes-tags", "émergence-2024"])
        #expect(document.html.contains(#"<h2 id="about-me">About <em>me</em></h2>"#))
        #expect(document.html.contains(#"<h3 id="quotes-tags">&quot;Quotes&quot; &amp; <b>tags</b></h3>"#))
    }

    @Test func dangerousLinksAreEmptied() {
        #expect(html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
        #expect(html("[x](JaVaScRiPt:alert(1))") == "<p><a href=\"\">x</a></p>\n")
        #expect(html("![x](data:text/html;base64,AAAA)") == "<p><img src=\"\" alt=\"x\" /></p>\n")
    }

    @Test func rootRelativeLinksHonourTheBasePath() {
        #expect(html("[bib](/assets/a.bib) [ext](https://x.org/a) [rel](b.pdf) [frag](#top)", basePath: "/lab/")
            == "<p><a href=\"/lab/assets/a.bib\">bib</a> <a href=\"https://x.org/a\">ext</a> <a href=\"b.pdf\">rel</a> <a href=\"#top\">frag</a></p>\n")
    }

    @Test func leadingHeadingCanBecomeTheTitle() {
        let document = renderer.render("# My page\n\nText.\n", options: .init(extractLeadingHeading: true))
        #expect(document.extractedTitle == "My page")
        #expect(document.html == "<p>Text.</p>\n")
        #expect(document.summary == "Text.")
    }

    @Test func theSummaryIsTheFirstParagraphsTextWithoutSpaceAtEitherEnd() {
        #expect(renderer.render("![](a.png)\u{2003}Text `a`\nnext ![](b.png)\n\nMore.\n").summary == "Text a next")
    }

    @Test func imagesWithoutAltAreReported() {
        #expect(renderer.render("Text ![ok](b.png) ![](a.png)").imagesWithoutAlt == [.init(url: "a.png", line: 1, column: 19)])
        let raw = "<img src=\"c.png\">\n\ntext <IMG SRC=d.png ALT=\"D\"> and <img src='e.png' alt=\"\"> <imgx>\n"
        #expect(renderer.render(raw).imagesWithoutAlt == [.init(url: "c.png", line: 1, column: 1)])
        #expect(renderer.render("é <img src=\"f.png\">").imagesWithoutAlt == [.init(url: "f.png", line: 1, column: 3)])
    }

    @Test func deepNestingDoesNotCrash() {
        let markdown = String(repeating: "> ", count: 20_000) + "deep\n\n" + String(repeating: "*", count: 20_000) + "x"
            + String(repeating: "[", count: 20_000) + "\n\n" + String(repeating: "- ", count: 5_000) + "item\n"
        #expect(renderer.render(markdown).html.contains("deep"))
    }

    /// cmark-gfm parsers running at once corrupt each other's extension tables; the lock must
    /// make parallel output identical to serial output.
    @Test func parallelRenderingMatchesSerial() {
        let inputs = (0..<400).map { "~~gone \($0)~~ and https://example.org/\($0) and | a |\n|---|\n| \($0) |\n" }
        let serial = inputs.map { html($0) }
        let renderer = self.renderer
        let parallel = inputs.parallelRender(renderer)
        #expect(parallel == serial)
    }
}

private extension Array where Element == String {
    func parallelRender(_ renderer: MarkdownRenderer) -> [String] {
        let slots = UnsafeMutableBufferPointer<String>.allocate(capacity: count)
        slots.initialize(repeating: "")
        defer { slots.deallocate() }
        let base = UncheckedPointer(slots)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            base.buffer[index] = renderer.render(self[index]).html
        }
        return Array(slots)
    }
}

private struct UncheckedPointer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<String>
    init(_ buffer: UnsafeMutableBufferPointer<String>) { self.buffer = buffer }
}
