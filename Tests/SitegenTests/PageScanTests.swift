import Check
import Testing

@Suite struct PageScanTests {
    @Test func findsIdsReferencesAndImagesWithTheirPlaces() {
        let html = """
            <!DOCTYPE html>
            <h2 id="intro">Intro</h2><a name="old">x</a> <span name="no">
            <a href=" /news/ ">News</a>\r\n<img src="/a.png" srcset="/a-2x.png 2x, /a-3x.png 3x"><img src="/b.png" alt="">
            <link rel="stylesheet" href="/site.css"><a href="/x?a=1&amp;b=2#f">q</a>
            """
        let scan = PageScan(html: html)
        #expect(scan.identifiers.map(\.value) == ["intro", "old"])
        #expect(scan.identifiers.map(\.place) == [.init(line: 2, column: 1), .init(line: 2, column: 26)])
        #expect(scan.references.map(\.url) == ["/news/", "/a.png", "/a-2x.png", "/a-3x.png", "/b.png", "/site.css", "/x?a=1&b=2#f"])
        #expect(scan.references.map(\.place.line) == [3, 4, 4, 4, 4, 5, 5])
        #expect(scan.references[5].noun == "stylesheet")
        #expect(scan.references[1].noun == "image" && scan.references[0].noun == "link")
        #expect(scan.references[0].isNavigation && !scan.references[1].isNavigation)
        #expect(scan.imagesWithoutAlt.map(\.source) == ["/a.png"])
        #expect(scan.imagesWithoutAlt.first?.place == .init(line: 4, column: 1))
    }

    @Test func skipsWhatScriptsStylesAndCommentsHold() {
        let html = """
            <script type="application/ld+json">{"a": "<a href='/in-script/' id='s'>"}</script>
            <style>a[href="/in-style/"] { }</style><!-- <a href="/in-comment/"> -->
            <title><img src=/in-title.png></title><a href="/after/" id="after">x</a>
            """
        let scan = PageScan(html: html)
        #expect(scan.references.map(\.url) == ["/after/"])
        #expect(scan.identifiers.map(\.value) == ["after"])
        #expect(scan.imagesWithoutAlt.isEmpty)
    }

    @Test func emptyURLsAreSkipped() {
        #expect(PageScan(html: "<a href=\"\">x</a><a href=\"  \">y</a><a>z</a>").references.isEmpty)
    }
}
