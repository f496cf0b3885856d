import Foundation
import Testing
@testable import Links
@testable import Markdown

/// A catalogue of hostile raw HTML, rendered in each `raw_html` mode: `keep` leaves it as
/// Jekyll would (only GFM's tag filter), `sanitize` leaves nothing a browser would run and
/// says what it removed, `escape` shows it all as text.
@Suite struct RawHTMLTests {
    /// The one HTML escaping goes by scalar: a quote or `<` that a combining mark follows is one
    /// `Character` unlike `"`, yet a browser reads the quote; it is escaped all the same.
    @Test func escapingSeesAQuoteUnderACombiningMark() {
        #expect(HTMLEscaping.escape("a\"\u{301} <\u{301}b & c>") == "a&quot;\u{301} &lt;\u{301}b &amp; c&gt;")
    }

    /// An apostrophe alone is escaped when an escape is given for it, and kept otherwise; a
    /// text with nothing to escape is appended as it is.
    @Test func anApostropheAloneIsEscapedOnlyWhenAsked() {
        #expect(HTMLEscaping.escape("it's", apostrophe: "&#39;") == "it&#39;s")
        #expect(HTMLEscaping.escape("it's") == "it's")
        var bytes: [UInt8] = []
        HTMLEscaping.append("it's", to: &bytes, apostrophe: "&#39;")
        HTMLEscaping.append(" plain", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "it&#39;s plain")
    }

    static let hostile: [String] = [
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x ONERROR=alert(1)>",
        "<img src=\"x\" onerror = 'alert(1)'>",
        "<img src=x\nonerror=alert(1)>",
        "<img src=x onerror\t=\talert(1) alt=y>",
        "<img/src=x/onerror=alert(1)>",
        "<img src=x/onerror=alert(1)//>",
        "<img src=x\"onerror=alert(1)//>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<a href=\"\u{01}\u{01}\u{0B}javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&#58;alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>",
        "<a href=\"&#106avascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&Tab;ascript&colon;alert(1)\">x</a>",
        "<a href=\"java&NewLine;script:alert(1)\">x</a>",
        "<a href=\"&#1;&#x1F;javascript:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href='vbscript:msgbox(1)'>x</a>",
        "<a href=\"file:///etc/passwd\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<a href=\"javascript:alert(1)\" href=\"https://example.org/\">x</a>",
        "<a/href=\"javascript:alert(1)\">x</a>",
        "<a href=\"x\" onmouseover=\"alert(1)\" OnClick=alert(1) onfocus=alert(1)>x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=x>",
        "<img srcset=\"x.png 1x, javascript:alert(1) 2x\" alt=x>",
        "<img srcset=\"data:image/svg+xml,x 1x\" alt=x>",
        "<video poster=\"javascript:alert(1)\" src=\"v.mp4\"></video>",
        "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
        "<form action=\"https://evil.example/\"><input name=q><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg/onload=alert(1)>",
        "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script>document.write('<img src=x onerror=alert(1)>')</script>",
        "<style>body { display: none }</style>",
        "<p style=\"position:fixed;top:0;left:0\">fake login</p>",
        "<details open ontoggle=alert(1)>d</details>",
        "<textarea><img src=x onerror=alert(1)></textarea>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<!-- <img src=x onerror=alert(1)> -->",
        "<!-- --!><img src=x onerror=alert(1)> -->",
        "<!--><img src=x onerror=alert(1)>-->",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        "<?xml version=\"1.0\"?><img src=x onerror=alert(1)>",
        "<div onclick=\"alert(1)\"",
        "<img src=x onerror=alert(1)",
        "<!-- not closed <img src=x onerror=alert(1)>",
    ]

    /// Harmless raw HTML that `sanitize` keeps, as it is rewritten.
    static let harmless: [(input: String, sanitized: String)] = [
        ("<p align=\"center\"><img src=\"/assets/me.jpg\" alt=\"Me\" width=200></p>", "<p align=\"center\"><img src=\"/assets/me.jpg\" alt=\"Me\" width=\"200\"></p>"),
        ("line<br/>break", "line<br/>break"),
        ("<a href=\"https://example.org/?a=1&b=2\" title='It\"s'>x</a>", "<a href=\"https://example.org/?a=1&b=2\" title=\"It&quot;s\">x</a>"),
        ("<img src=\"data:image/png;base64,AA\" alt=\"dot\">", "<img src=\"data:image/png;base64,AA\" alt=\"dot\">"),
        ("<details><summary>More</summary>Text</details>", "<details><summary>More</summary>Text</details>"),
        ("<sup>2</sup> &amp; <kbd>Ctrl</kbd> a < b", "<sup>2</sup> &amp; <kbd>Ctrl</kbd> a &lt; b"),
        // Read as browsers read them: `--!>` ends a comment, `/` between attributes separates them.
        ("<!-- note --!><b>shown</b>", "<b>shown</b>"),
        ("<a/href=\"https://example.org/\"/title=t>x</a>", "<a href=\"https://example.org/\" title=\"t\">x</a>"),
    ]

    let renderer = MarkdownRenderer()

    func render(_ markdown: String, _ mode: RawHTMLMode) -> MarkdownDocument {
        renderer.render(markdown, options: .init(rawHTML: mode))
    }

    /// Each snippet as an HTML block and inline in a paragraph.
    static func placements(of snippet: String) -> [String] {
        ["<div>\n\(snippet)\n</div>\n", "Some text \(snippet) more text.\n"]
    }

    @Test(arguments: hostile)
    func sanitizeLeavesNothingABrowserWouldRun(_ snippet: String) {
        for markdown in Self.placements(of: snippet) {
            let document = render(markdown, .sanitize)
            let problems = HostileHTMLCheck.problems(in: document.html)
            #expect(problems.isEmpty, "\(markdown.debugDescription) → \(document.html.debugDescription): \(problems)")
        }
        // Not silent: where the snippet kept would be hostile, sanitizing it warns. (Comments,
        // CDATA and processing instructions, which browsers never show or run, go silently.)
        let block = Self.placements(of: snippet)[0]
        let hostileWhenKept = !HostileHTMLCheck.problems(in: render(block, .keep).html).isEmpty
        if hostileWhenKept, !snippet.hasPrefix("<!"), !snippet.hasPrefix("<?") {
            #expect(!render(block, .sanitize).notices.isEmpty, "\(snippet.debugDescription) was sanitized without a warning")
        }
    }

    @Test(arguments: hostile)
    func escapeShowsEverythingAsText(_ snippet: String) {
        for markdown in Self.placements(of: snippet) {
            let html = render(markdown, .escape).html
            let tags = HostileHTMLCheck.tags(in: html).map(\.name)
            #expect(Set(tags).isSubset(of: ["p", "/p"]), "\(markdown.debugDescription) → \(html.debugDescription)")
        }
        let block = render("<div>\n\(snippet)\n</div>\n", .escape).html
        #expect(block == "<p>" + Self.cmarkEscaped("<div>\n\(snippet)\n</div>") + "</p>\n")
    }

    @Test(arguments: hostile)
    func keepLeavesRawHTMLAsJekyllDoes(_ snippet: String) {
        let html = render("<div>\n\(snippet)\n</div>\n", .keep).html
        #expect(html == Self.tagFiltered("<div>\n\(snippet)\n</div>\n"))
    }

    @Test(arguments: zip(harmless.map(\.input), harmless.map(\.sanitized)))
    func sanitizeKeepsHarmlessHTML(_ input: String, _ sanitized: String) {
        let document = render("<div>\n\(input)\n</div>\n", .sanitize)
        #expect(document.html == "<div>\n\(sanitized)\n</div>\n")
        #expect(document.notices.isEmpty)
    }

    @Test func sanitizeWarnsAtEachRemovedConstruct() {
        let markdown = "Intro.\n\n<div onclick=\"x()\">\n<script>alert(1)</script> <a href=\"&#106;avascript:alert(1)\">a</a>\n</div>\n\n> ok <img src=x onerror=alert(1) alt=y> <form action=/x>\n"
        let document = render(markdown, .sanitize)
        #expect(document.notices == [
            .init(line: 3, column: 1, message: "raw HTML: removed attribute 'onclick' from <div>"),
            .init(line: 4, column: 1, message: "raw HTML: removed <script> and its content"),
            .init(line: 4, column: 27, message: "raw HTML: removed 'href' from <a>: '&#106;avascript:alert(1)' is not a URL that can be linked"),
            .init(line: 7, column: 6, message: "raw HTML: removed attribute 'onerror' from <img>"),
            .init(line: 7, column: 41, message: "raw HTML: removed <form>"),
        ])
        #expect(document.html == "<p>Intro.</p>\n<div>\n <a>a</a>\n</div>\n<blockquote>\n<p>ok <img src=\"x\" alt=\"y\"> </p>\n</blockquote>\n")
    }

    @Test func unclosedTagIsShownAsTextWithAWarning() {
        let document = render("<div>\n<img src=x onerror=alert(1)\n", .sanitize)
        #expect(document.html == "<div>\n&lt;img src=x onerror=alert(1)\n")
        #expect(document.notices == [.init(line: 2, column: 1, message: "raw HTML: a tag or comment that is not closed is shown as text")])
    }

    @Test func escapedInlineHTMLInAnImageAltIsEscapedOnce() {
        #expect(render("![a <b>c</b>](x.png)\n", .escape).html == "<p><img src=\"x.png\" alt=\"a &lt;b&gt;c&lt;/b&gt;\" /></p>\n")
    }

    @Test func entityDecodingMatchesBrowsers() {
        let decode = HTMLCharacterReferences.decodeAttributeValue
        #expect(decode("&#106;&#x61;&#X76;&#0000097script&colon;") == "javascript:")
        #expect(decode("a&Tab;b&NewLine;c&amp;d&ampe&amp=f&lt;&gt") == "a\tb\nc&d&ampe&amp=f<>")
        #expect(decode("&eacute;&#0;&#xD800;&#x110000;&#128;&#x;&#") == "&eacute;\u{FFFD}\u{FFFD}\u{FFFD}€&#x;&#")
        #expect(decode("&fjlig;ile") == "fjile")
        #expect(RawHTMLSanitizer.srcsetURLs(" a.png 1x,b.png  2x , c.png,, d.png (x, y) 3x, e.png,f.png") == ["a.png", "b.png", "c.png", "d.png", "e.png,f.png"])
    }

    /// How GitHub's tag filter rewrites kept HTML: `<` of these tags becomes `&lt;`.
    static func tagFiltered(_ html: String) -> String {
        let pattern = "<(?=/?(?i:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)[\\s/>])"
        return html.replacingOccurrences(of: pattern, with: "&lt;", options: .regularExpression)
    }

    static func cmarkEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// What would let a page run code or leave it, checked on rendered HTML independently of the
/// sanitizer: dangerous tags, event handlers, `style`, comments, and URL attributes a browser
/// would read with a dangerous scheme.
enum HostileHTMLCheck {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    static let dangerousTags: Set<String> = [
        "script", "style", "iframe", "object", "embed", "form", "input", "button", "base", "meta", "link", "svg", "math",
        "textarea", "frame", "frameset", "noscript", "template", "select", "option", "xmp", "plaintext", "noembed", "noframes",
    ]

    static func tags(in html: String) -> [Tag] {
        guard let tagPattern = try? NSRegularExpression(pattern: "<(/?[A-Za-z][^\\s/>]*)([^>]*)>"),
              let attributePattern = try? NSRegularExpression(pattern: "([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?")
        else { return [] }
        return tagPattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let nameRange = Range(match.range(at: 1), in: html), let rest = Range(match.range(at: 2), in: html) else { return nil }
            let text = String(html[rest])
            let attributes = attributePattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { found -> (String, String)? in
                guard let name = Range(found.range(at: 1), in: text) else { return nil }
                let value = (2...4).lazy.compactMap { Range(found.range(at: $0), in: text).map { String(text[$0]) } }.first ?? ""
                return (text[name].lowercased(), value)
            }
            return Tag(name: html[nameRange].lowercased(), attributes: attributes)
        }
    }

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        if html.contains("<!--") { problems.append("a comment") }
        for tag in tags(in: html) {
            if dangerousTags.contains(tag.name) { problems.append("<\(tag.name)>") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") || attribute.name == "style" || attribute.name == "srcdoc" {
                    problems.append("\(attribute.name) on <\(tag.name)>")
                }
                let urlAttributes: Set<String> = ["href", "src", "srcset", "poster", "action", "formaction", "cite", "data", "xlink:href", "background"]
                if urlAttributes.contains(attribute.name) {
                    let decoded = BrowserReading.decodeEntities(attribute.value)
                    let urls = attribute.name == "srcset" ? decoded.split(separator: ",").map { String($0.split(separator: " ").first ?? "") } : [decoded]
                    for url in urls where !BrowserReading.isSafe(url) { problems.append("\(attribute.name)=\(url.debugDescription)") }
                }
            }
        }
        return problems
    }
}
