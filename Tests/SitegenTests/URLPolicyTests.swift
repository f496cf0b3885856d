import Testing
@testable import Links
@testable import Markdown
@testable import Models

/// Every disguise of a dangerous URL, checked against the policy, against `WebURL` (every URL
/// field) and against Markdown links and images. Each rule of the policy has forms here that
/// only it refuses, so removing any one rule fails a test.
@Suite struct URLPolicyTests {
    /// The C0 controls browsers strip before a URL (and the space), in runs around the
    /// 64-character window the old check looked at.
    static let strippedPrefixes: [String] = {
        let controls: [Unicode.Scalar] = ["\u{00}", "\u{01}", "\u{0B}", "\u{0C}", "\r", "\u{1F}", " ", "\t", "\n"]
        return controls.flatMap { control in
            [1, 53, 54, 64, 65, 100].map { String(repeating: String(Character(control)), count: $0) }
        } + ["\u{01}\u{0B} \u{0C}\r\u{1F}\t\n"]
    }()

    /// Dangerous as a link and as an image.
    static let dangerous: [String] = strippedPrefixes.map { $0 + "javascript:alert(1)" } + [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "\tjava\r\nscript\n:alert(1)",
        "javascript:alert(1)\u{01}\u{1F} ", "javascript\t:alert(1)",
        "vbscript:msgbox(1)", "VBScript:msgbox(1)", "\u{01}vbscript:msgbox(1)",
        "file:///etc/passwd", "FILE:///etc/passwd", "\u{0C}file:///etc/passwd", "fi\tle:///etc/passwd",
        "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg+xml,<svg onload=alert(1)>", "data:image/svg+xml;base64,PHN2Zz4=",
        "\u{01}data:text/html,x", "data:image/png", "data:image/pngx,AA", "data:image%2Fpng,AA",
        "ftp://example.org/x", "irc:chat", "x-unknown:thing", "c:/windows",
    ]

    /// Allowed as an image, refused as a link.
    static let imageOnly = [
        "data:image/png;base64,iVBORw0KGgo=", "DATA:IMAGE/PNG;BASE64,AA", "data:image/gif,GIF89a", "data:image/jpeg;base64,/9j/",
        "data:image/webp,RIFF", " data: image/webp ;base64,RIFF", "\u{01}\u{01}data:image/png,AA",
    ]

    /// Allowed everywhere.
    static let safe = [
        "https://example.org/x", "HTTP://example.org", "  https://example.org  ", "mailto:ada@example.org", "tel:+33123456789",
        "/papers/x.pdf", "papers/x.pdf", "#section", "?page=2", "//cdn.example.org/x.png", "x.html#javascript:alert(1)",
        "./javascript:alert(1)", "\u{7F}javascript:alert(1)", "\u{A0}javascript:alert(1)", "ja\u{A0}vascript:alert(1)",
        "ſcript:x", "1javascript:alert(1)",
    ]

    @Test(arguments: dangerous)
    func dangerousURLsAreRefusedEverywhere(_ url: String) {
        #expect(!LinkPolicy.allows(url, for: .link))
        #expect(!LinkPolicy.allows(url, for: .image))
    }

    @Test(arguments: imageOnly)
    func imageDataIsAllowedOnlyForImages(_ url: String) {
        #expect(!LinkPolicy.allows(url, for: .link))
        #expect(LinkPolicy.allows(url, for: .image))
    }

    @Test(arguments: safe)
    func webAndRelativeURLsAreAllowed(_ url: String) {
        #expect(LinkPolicy.allows(url, for: .link))
        #expect(LinkPolicy.allows(url, for: .image))
    }

    @Test func urlsAreNormalisedAsBrowsersDo() {
        #expect(LinkPolicy.browserNormalized("\u{01}\u{1F} ja\tva\nscr\ript:x \u{0B}") == "javascript:x")
        #expect(LinkPolicy.browserNormalized(" a b ") == "a b")
        #expect(LinkPolicy.browserNormalized("a b \u{01}") == "a b")
        #expect(LinkPolicy.browserNormalized("https://x.org/a b") == "https://x.org/a b")
        #expect(LinkPolicy.browserNormalized("\u{7F}x\u{7F}") == "\u{7F}x\u{7F}")
        #expect(LinkPolicy.scheme(of: "HtTpS://x") == "https")
        #expect(LinkPolicy.scheme(of: "a+b-c.d:x") == "a+b-c.d")
        #expect(LinkPolicy.scheme(of: "/a:b") == nil)
        #expect(LinkPolicy.scheme(of: ":x") == nil)
        #expect(LinkPolicy.scheme(of: "noscheme") == nil)
    }

    /// Fields refuse a control character anywhere, before looking at the scheme, and say so.
    @Test(arguments: dangerous + imageOnly)
    func webURLRefusesDangerousLinks(_ url: String) {
        let expected: WebURL.Refusal
        if let control = url.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            expected = .controlCharacter(control)
        } else if url.trimmingPrefix(while: { $0 == " " }).contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" }) {
            expected = .notOneURL
        } else {
            expected = .scheme
        }
        #expect(WebURL.check(url, for: .link) == .failure(expected))
    }

    /// The byte shortcut for ASCII texts trims and refuses as the rule by characters does.
    @Test func asciiURLsAreCheckedAsCharactersAre() {
        let pieces = ["https://", "example.org", "/a", " ", "  ", "<", ">", "\"", "x", "é", " \u{301}", "?q=1", "#f", "mailto:", "javascript:"]
        var random = SplitMix64(seed: 0x0E1)
        for _ in 0..<3_000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            let value = String(text.trimmingPrefix(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
            let refused = value.isEmpty || value.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" })
            switch WebURL.check(text) {
            case .success(let url): #expect(!refused && url.value == value, "\(text)")
            case .failure(.notOneURL): #expect(refused, "\(text)")
            case .failure: #expect(!refused, "\(text)")
            }
        }
    }

    @Test func webURLKeepsWhatABrowserWouldRead() throws {
        #expect(try WebURL.check("  https://example.org/a  ").get().value == "https://example.org/a")
        #expect(try WebURL.check("data:image/png;base64,AA", for: .image).get().value == "data:image/png;base64,AA")
        #expect(WebURL.check("data:image/png;base64,AA", for: .link) == .failure(.scheme))
        #expect(WebURL.check("\u{7F}https://x") == .failure(.controlCharacter("\u{7F}")))
        #expect(WebURL.message(for: .controlCharacter("\u{01}"), text: "", purpose: .link)
            == "this URL contains the control character U+0001; remove it (browsers skip such characters, so they can hide where a link leads)")
    }

    @Test(arguments: dangerous)
    func markdownLinksAndImagesToDangerousURLsAreEmptiedWithAWarning(_ url: String) {
        // A Markdown destination cannot hold controls, spaces or `<>` unless written `<…>`,
        // and then not a newline or `<>`; cmark reads NUL as U+FFFD (no scheme, harmless).
        // Keep the forms Markdown can carry.
        guard !url.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "<" || $0 == ">" || $0 == "\u{00}" }) else { return }
        let renderer = MarkdownRenderer()
        let link = renderer.render("[x](<\(url)>)\n")
        #expect(link.html == "<p><a href=\"\">x</a></p>\n")
        // cmark trims the spaces inside `<…>`; the message quotes the URL as cmark read it.
        #expect(link.notices.count == 1)
        #expect(link.notices.first?.message.hasSuffix("' is not a URL that can be linked; the link leads nowhere") == true)
        let image = renderer.render("![x](<\(url)>)\n")
        #expect(image.html == "<p><img src=\"\" alt=\"x\" /></p>\n")
        #expect(image.notices.count == 1)
    }

    @Test func markdownImagesMayBeImageDataButLinksMayNot() {
        let renderer = MarkdownRenderer()
        #expect(renderer.render("![x](data:image/png;base64,AA)\n").html == "<p><img src=\"data:image/png;base64,AA\" alt=\"x\" /></p>\n")
        #expect(renderer.render("[x](data:image/png;base64,AA)\n").html == "<p><a href=\"\">x</a></p>\n")
        let document = renderer.render("Text.\n\nSee [x](vbscript:msgbox(1)) and ![y](file:///etc/passwd).\n")
        #expect(document.notices == [
            .init(line: 3, column: 5, message: "link target 'vbscript:msgbox(1)' is not a URL that can be linked; the link leads nowhere"),
            .init(line: 3, column: 33, message: "image source 'file:///etc/passwd' is not an image URL that can be shown; the image is left empty"),
        ])
    }
}
