import Foundation
import Testing
@testable import Markdown

/// The guards against Markdown on which cmark-gfm takes quadratic time: at a limit the text is
/// parsed as written; one mark past it is escaped, with one warning at that mark.
@Suite struct MarkdownLimitsTests {
    let renderer = MarkdownRenderer()

    func warning(_ line: Int, _ column: Int, _ message: String) -> MarkdownDocument.Notice {
        MarkdownDocument.Notice(line: line, column: column, message: message)
    }

    static let cellsMessage = "more than 1000 '|' on one line: the ones after the 1000th are shown as text, not as table cells "
        + "(wider table rows take the Markdown parser quadratic time)"
    static let imagesMessage = "more than 1000 '![' in one paragraph: the ones after the 1000th are shown as text, not as images "
        + "(more take the Markdown parser quadratic time)"
    static let htmlMessage = "more than 100 '<?' or '<!' in one paragraph: the ones after the 100th are shown as text, not as raw HTML "
        + "(more take the Markdown parser quadratic time)"
    static let parenthesesMessage = "more than 100 ')' in one word: the ones after the 100th are escaped, so no web address ends in them "
        + "(more take the Markdown parser quadratic time)"

    /// A table whose three lines have `separators` unescaped `|` each.
    func table(separators: Int, prefix: String = "") -> String {
        let cells = separators - 1
        return prefix + "|" + String(repeating: "é|", count: cells) + "\n"
            + "|" + String(repeating: "-|", count: cells) + "\n"
            + "|" + String(repeating: "x|", count: cells) + "\n"
    }

    @Test func aTableRowOfAThousandSeparatorsIsATable() {
        let text = table(separators: 1_000)
        let document = renderer.render(text)
        #expect(document.notices.isEmpty)
        #expect(MarkdownInputGuard.defuse(text).text == text)
        #expect(document.html.components(separatedBy: "<th>").count - 1 == 999)
        #expect(document.html.components(separatedBy: "<td>x</td>").count - 1 == 999)
    }

    @Test func separatorsPastAThousandOnALineAreText() {
        let text = table(separators: 1_001, prefix: "> ")
        let document = renderer.render(text)
        // The 1001st `|` of a line is the last; columns count characters (é is one).
        #expect(document.notices == [
            warning(1, 2 + 2_001, Self.cellsMessage), warning(2, 2_001, Self.cellsMessage), warning(3, 2_001, Self.cellsMessage),
        ])
        #expect(document.html.hasSuffix("|x|x|</p>\n</blockquote>\n"))
        // Outside a quote, the same lines would be a table of 1000 columns; the escaped last `|`
        // makes the delimiter row invalid, so the lines are a paragraph.
        let plain = renderer.render(table(separators: 1_001)).html
        #expect(!plain.contains("<table"))
        #expect(plain.hasPrefix("<p>|é|é|"))
    }

    /// The bytes the guard stops at are exactly those its rules name.
    @Test func theGuardStopsAtItsMarksAlone() {
        let marks = Set("\t\n\u{0B}\u{0C}\r !)<\\|".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(MarkdownInputGuard.isMark(byte) == marks.contains(byte), "\(byte)")
        }
    }

    @Test func escapedSeparatorsAndOtherLinesDoNotCount() {
        let escaped = "|" + String(repeating: "a|", count: 999) + String(repeating: "\\|", count: 500) + "\n"
        #expect(MarkdownInputGuard.defuse(escaped).warnings.isEmpty)
        // A carriage return ends a line for cmark-gfm, so it ends the count too (on the same file line).
        let split = String(repeating: "|", count: 1_000) + "\r" + String(repeating: "|", count: 1_001)
        #expect(MarkdownInputGuard.defuse(split).warnings == [warning(1, 1_000 + 1 + 1_001, Self.cellsMessage)])
        let crlf = String(repeating: "|", count: 1_000) + "\r\n" + String(repeating: "|", count: 1_000) + "\r\n"
        #expect(MarkdownInputGuard.defuse(crlf).warnings.isEmpty)
        // A backslash escapes the next byte only: after `\a` a separator counts again.
        let lettersEscaped = String(repeating: "\\a|", count: 1_001)
        #expect(MarkdownInputGuard.defuse(lettersEscaped).warnings == [warning(1, 3 * 1_001, Self.cellsMessage)])
    }

    @Test func aThousandImageOpenersInAParagraphAreKept() {
        let text = "intro\n" + String(repeating: "![", count: 1_000) + "[a](b)\n"
        #expect(MarkdownInputGuard.defuse(text).text == text)
        #expect(renderer.render(text).notices.isEmpty)
        // A blank line starts a new count, even one of spaces after `\r\n` lines.
        let two = "intro\r\n" + String(repeating: "![", count: 600) + "\r\n  \r\n" + String(repeating: "![", count: 600) + "\n"
        #expect(MarkdownInputGuard.defuse(two).warnings.isEmpty)
    }

    @Test func imageOpenersPastAThousandInAParagraphAreText() {
        let text = "intro\n" + String(repeating: "![", count: 600) + "\n" + String(repeating: "![", count: 401) + "[a](b)\n"
        let guarded = MarkdownInputGuard.defuse(text)
        #expect(guarded.warnings == [warning(3, 801, Self.imagesMessage)])
        #expect(guarded.text == "intro\n" + String(repeating: "![", count: 600) + "\n" + String(repeating: "![", count: 400) + "!\\[[a](b)\n")
        #expect(renderer.render(text).html.hasSuffix("![<a href=\"b\">a</a></p>\n"))
        // With `\r\n` line ends the paragraph is the same: no blank line between its lines.
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(MarkdownInputGuard.defuse(crlf).warnings == [warning(3, 801, Self.imagesMessage)])
    }

    @Test func aHundredHTMLOpenersInAParagraphAreKept() {
        let text = String(repeating: "a <?\n", count: 50) + String(repeating: "b <!X\n", count: 50)
        #expect(MarkdownInputGuard.defuse(text).text == text)
        let escaped = String(repeating: "a \\<?\n", count: 500)
        #expect(MarkdownInputGuard.defuse(escaped).warnings.isEmpty)
    }

    @Test func htmlOpenersPastAHundredInAParagraphAreText() {
        let text = String(repeating: "a <?\n", count: 50) + String(repeating: "b <![CDATA[\n", count: 51) + "\nc <!--\n"
        let guarded = MarkdownInputGuard.defuse(text)
        #expect(guarded.warnings == [warning(101, 3, Self.htmlMessage)])
        #expect(guarded.text.hasSuffix("b <![CDATA[\nb \\<![CDATA[\n\nc <!--\n"))
        #expect(renderer.render(text).html.contains("b &lt;![CDATA[</p>"))
    }

    @Test func aHundredClosingParenthesesInAWordAreKept() {
        let text = "see http://a.example/" + String(repeating: ")", count: 100) + " and " + String(repeating: ")", count: 100)
        #expect(MarkdownInputGuard.defuse(text).text == text)
    }

    @Test func closingParenthesesPastAHundredInAWordAreEscaped() {
        let text = "see http://a.example/" + String(repeating: ")", count: 101) + "\n"
        let guarded = MarkdownInputGuard.defuse(text)
        #expect(guarded.warnings == [warning(1, 22 + 100, Self.parenthesesMessage)])
        #expect(guarded.text == "see http://a.example/" + String(repeating: ")", count: 100) + "\\)\n")
        // The escaped `)` stops cmark-gfm's trimming of the web address: it may keep the other
        // hundred, but it no longer recounts the address once per `)`.
        #expect(renderer.render(text).html.hasPrefix("<p>see <a href=\"http://a.example/"))
    }

    @Test func aBuildWarnsAtTheMarkInTheFileAndKeepsGoing() throws {
        let site = try TempSite(["site.yml": "base_url: https://example.org/\n", "content/notes/a.md": "---\ntitle: A\n---\nintro\n\nx " + String(repeating: "|", count: 1_001) + "\n"])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.headline) == ["content/notes/a.md:6:1003: warning: " + Self.cellsMessage])
        #expect(site.page("notes/a/index.html")?.contains("x " + String(repeating: "|", count: 1_001) + "</p>") == true)
    }
}
