import Foundation
import Testing
@testable import Links
@testable import Models

/// Every URL field of `site.yml` and front matter, built with every dangerous form: each field
/// is refused with an error at its value, and a site whose fields are all allowed puts no
/// `href` or `src` in its output that a browser would read as a dangerous scheme.
@Suite struct URLFieldTests {
    /// One URL field: where it is, and whether it holds an image.
    struct Field {
        var file: String
        var line: Int
        var column: Int
        var isImage: Bool
    }

    static let fields: [Field] = [
        Field(file: "site.yml", line: 4, column: 11, isImage: true),
        Field(file: "site.yml", line: 6, column: 11, isImage: false),
        Field(file: "site.yml", line: 9, column: 10, isImage: false),
        Field(file: "content/index.md", line: 3, column: 10, isImage: true),
        Field(file: "content/publications/p.md", line: 6, column: 8, isImage: false),
        Field(file: "content/publications/p.md", line: 7, column: 11, isImage: false),
        Field(file: "content/publications/q.md", line: 7, column: 10, isImage: false),
        Field(file: "content/seminars/2026-01-01-s.md", line: 5, column: 18, isImage: false),
        Field(file: "content/seminars/2026-01-02-f.md", line: 4, column: 28, isImage: false),
        Field(file: "content/phd.md", line: 6, column: 10, isImage: false),
        Field(file: "content/jobs/j.md", line: 6, column: 10, isImage: false),
    ]

    /// A site with `value` (YAML text, quotes included) in every URL field, at `fields`.
    static func site(_ value: String, extra: [String: String] = [:]) throws -> TempSite {
        try TempSite([
            "site.yml": "title: T\nauthor:\n  name: Ada\n  avatar: \(value)\n  links:\n    Home: \(value)\nmenu:\n  - title: M\n    url: \(value)\n",
            "content/index.md": "---\nheader:\n  image: \(value)\n---\nHome.\n",
            "content/publications/p.md": "---\ntitle: P\nauthors: [A]\nyear: 2024\nlinks:\n  pdf: \(value)\n  Custom: \(value)\n---\n",
            "content/publications/q.md": "---\ntitle: Q\nauthors: [A]\nyear: 2024\nlinks:\n  - label: L\n    url: \(value)\n---\n",
            "content/seminars/2026-01-01-s.md": "---\ntalks:\n  - title: T\n    speaker: S\n    speaker_url: \(value)\n---\n",
            "content/seminars/2026-01-02-f.md": "---\nfirst_seminar_title: T\nfirst_seminar_speaker: S\nfirst_seminar_speaker_url: \(value)\n---\n",
            "content/phd.md": "---\ntitle: P\nkind: phd-project\nsupervisors:\n  - name: S\n    url: \(value)\n---\n",
            "content/jobs/j.md": "---\ntitle: J\ndeadline: 2026-12-01\ncontacts:\n  - name: C\n    url: \(value)\n---\n",
        ].merging(extra) { $1 })
    }

    /// A YAML double-quoted scalar holding exactly `text`.
    static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" {
                quoted += "\\" + String(scalar)
            } else if scalar.value < 0x20 || scalar.value >= 0x7F {
                let hex = String(scalar.value, radix: 16)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    // NUL is left out: a site file cannot carry it through to a URL (YAML reads `\0` in a
    // quoted scalar, but such a value is refused for its control character like any other).
    static let forms = (URLPolicyTests.dangerous + URLPolicyTests.imageOnly).filter { !$0.unicodeScalars.contains("\u{00}") }

    /// Two builds, since a `site.yml` with errors stops a build before the pages are read: one
    /// with the form in `site.yml`, one with it in the pages.
    @Test(arguments: forms)
    func everyURLFieldRefusesEveryDangerousForm(_ url: String) throws {
        let imageAllowed = (try? WebURL.check(url, for: .image).get()) != nil
        let good = try Self.site("https://example.org/")
        for inConfig in [true, false] {
            let site = try Self.site(Self.yamlQuoted(url))
            let cleanFile = inConfig ? "content/index.md" : "site.yml"
            try site.write(cleanFile, String(decoding: try Data(contentsOf: good.root.appendingPathComponent(cleanFile)), as: UTF8.self))
            if inConfig {
                for field in Self.fields where field.file != "site.yml" { try site.write(field.file, "---\ntitle: X\n---\n") }
            }
            let report = site.build()
            let expected = Self.fields.filter { ($0.file == "site.yml") == inConfig && !(imageAllowed && $0.isImage) }.map { field -> String in
                let purpose: URLPurpose = field.isImage ? .image : .link
                let refusal: WebURL.Refusal
                switch WebURL.check(url, for: purpose) {
                case .failure(let reason): refusal = reason
                case .success: refusal = .scheme
                }
                return "\(field.file):\(field.line):\(field.column): error: \(WebURL.message(for: refusal, text: url, purpose: purpose))"
            }
            #expect(report.diagnostics.errors.map(\.headline).sorted() == expected.sorted())
            #expect(site.page("index.html") == nil)
        }
    }

    @Test func controlCharacterErrorIsPositionedAndExact() throws {
        let site = try TempSite(["site.yml": "title: T\nmenu:\n  - title: x\n    url: \"" + String(repeating: "\\x01", count: 60) + "javascript:alert(1)\"\n"])
        let report = site.build()
        #expect(report.diagnostics.errors.map(\.headline) == [
            "site.yml:4:10: error: this URL contains the control character U+0001; remove it (browsers skip such characters, so they can hide where a link leads)",
        ])
    }

    /// Each field holds its own allowed URL; the Markdown body adds links the policy empties
    /// and raw HTML that `raw_html: sanitize` cleans. Every `href`/`src` of the output, read as
    /// a browser reads it, has an allowed scheme, and every field's URL reached the output.
    @Test func noHrefOrSrcInTheOutputHasADangerousScheme() throws {
        let prefix = String(repeating: "\u{01}", count: 60)
        let body = URLPolicyTests.dangerous.filter { !$0.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "<" || $0 == ">" || $0 == "\u{00}" }) }
            .map { "[a](<\($0)>) ![b](<\($0)>)" }.joined(separator: "\n") + "\n\n<div><a href=\"\(prefix)javascript:alert(1)\">c</a>"
            + "<img src=\"&#1;&#1;javascript:alert(1)\" alt=d><a href=\"jav&Tab;ascript&colon;alert(1)\">e</a></div>\n"
        let site = try Self.site("\"https://example.org/field\"", extra: [
            "site.yml": "title: T\nraw_html: sanitize\nauthor:\n  name: Ada\n  avatar: data:image/png;base64,AA\n  links:\n    Home: /me/\n"
                + "menu:\n  - title: M\n    url: mailto:ada@example.org\n",
            "content/body.md": "---\ntitle: Body\n---\n" + body,
        ])
        let report = site.build()
        #expect(!report.diagnostics.hasErrors, "\(report.rendered)")
        var urls: [String] = []
        for (path, data) in site.outputFiles() where path.hasSuffix(".html") {
            urls += Self.urlAttributes(in: String(decoding: data, as: UTF8.self))
        }
        for url in urls {
            #expect(BrowserReading.isSafe(url), "\(url.debugDescription)")
        }
        for expected in ["https://example.org/field", "data:image/png;base64,AA", "/me/", "mailto:ada@example.org"] {
            #expect(urls.contains(expected), "\(expected) is not in the output")
        }
        // One field of each kind shows its URL: profile, menu, banner, publication, seminar, PhD, job.
        #expect(urls.filter { $0 == "https://example.org/field" }.count >= 7)
    }

    /// The values of every `href`, `src`, `srcset`, `poster`, `action` and `formaction`.
    static func urlAttributes(in html: String) -> [String] {
        let pattern = #"\s(?:href|src|srcset|poster|action|formaction)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            (1...3).lazy.compactMap { Range(match.range(at: $0), in: html).map { String(html[$0]) } }.first
        }.map(BrowserReading.decodeEntities)
    }
}

/// How a browser reads a URL attribute, written apart from the code under test: references
/// decoded, C0 controls and spaces trimmed, tabs and newlines removed, then the scheme.
enum BrowserReading {
    static func decodeEntities(_ text: String) -> String {
        var result = text
        let named = ["&quot;": "\"", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&colon;": ":", "&Tab;": "\t", "&NewLine;": "\n"]
        for (entity, character) in named { result = result.replacingOccurrences(of: entity, with: character) }
        if let regex = try? NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);?") {
            for match in regex.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
                guard let whole = Range(match.range, in: result), let digits = Range(match.range(at: 2), in: result),
                      let hexMark = Range(match.range(at: 1), in: result) else { continue }
                let value = UInt32(result[digits], radix: result[hexMark].isEmpty ? 10 : 16) ?? 0xFFFD
                result.replaceSubrange(whole, with: String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")))
            }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }

    static func isSafe(_ url: String) -> Bool {
        var scalars = Array(url.unicodeScalars)
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let text = String(String.UnicodeScalarView(scalars))
        guard let match = text.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) else { return true }
        let scheme = text[match].dropLast().lowercased()
        if ["http", "https", "mailto", "tel"].contains(scheme) { return true }
        return scheme == "data" && text.lowercased().range(of: "^data:image/(png|gif|jpeg|webp)[;,]", options: .regularExpression) != nil
    }
}
