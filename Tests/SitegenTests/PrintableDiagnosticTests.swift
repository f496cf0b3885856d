import Diagnostics
import Foundation
import Testing
@testable import Serve

/// Diagnostics print file names, values and source lines from the user's files: none of their
/// characters may act on the terminal or change how the line reads.
@Suite struct PrintableDiagnosticTests {
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{07}", #"\x1B]0;pwned\x07"#),
        ("\u{1B}[2J", #"\x1B[2J"#),
        ("a\nb\rc\td", #"a\nb\rc\td"#),
        ("\u{0}\u{1}\u{1F}\u{7F}", #"\x00\x01\x1F\x7F"#),
        ("\u{80}\u{85}\u{9B}\u{9F}", #"\u{80}\u{85}\u{9B}\u{9F}"#),
        ("abc\u{202E}fdp.exe", #"abc\u{202E}fdp.exe"#),
        ("\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}", #"\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}"#),
        ("\u{200E}\u{200F}\u{061C}\u{2028}\u{2029}", #"\u{200E}\u{200F}\u{61C}\u{2028}\u{2029}"#),
        ("café ✓ 𝄞 \\x1B \u{A0}", "café ✓ 𝄞 \\x1B \u{A0}"),
    ])
    func controlAndBidiCharactersAreEscaped(text: String, shown: String) {
        #expect(PrintableText.escaping(text) == shown)
    }

    @Test func pathAndMessageAreEscapedAndStayOnOneLine() {
        let location = SourceLocation(path: "content/\u{1B}]0;owned\u{07}\nb.md", line: 2, column: 8)
        let diagnostic = Diagnostic.error("unknown key '\u{1B}[31mred'", at: location)
        #expect(diagnostic.description == #"content/\x1B]0;owned\x07\nb.md:2:8: error: unknown key '\x1B[31mred'"#)
    }

    @Test func caretStaysUnderTheCharacterAfterEscapes() {
        let line = "\ttitle: \u{1B}[1m\u{202E}é x"
        let column = line.unicodeScalars.count // the x
        let diagnostic = Diagnostic.error("here", at: SourceLocation(path: "a.md", line: 3, column: column), sourceLine: line)
        let shown = "\t" + #"title: \x1B[1m\u{202E}é x"#
        #expect(diagnostic.description == "a.md:3:\(column): error: here\n 3 | \(shown)\n   | \t" + String(repeating: " ", count: shown.count - 2) + "^")
    }

    @Test func longLinesAreCutByPrintedWidth() {
        // 100 escapes of four characters, then the offending x: the window must hold the x and
        // stay within the width, counting each escape as the four characters it prints as.
        let line = String(repeating: "\u{1}", count: 100) + "x" + String(repeating: "y", count: 100)
        let diagnostic = Diagnostic.error("here", at: SourceLocation(path: "a", line: 1, column: 101), sourceLine: line)
        let lines = diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        let shown = String(lines[1].dropFirst(" 1 | ".count))
        let caret = String(lines[2].dropFirst(" 1 | ".count))
        #expect(shown == "…" + String(repeating: #"\x01"#, count: 15) + "x" + String(repeating: "y", count: 59) + "…")
        #expect(caret == String(repeating: " ", count: 61) + "^")
    }

    @Test func serveNamesChangedFilesEscaped() {
        let outcome = SiteRebuilder.Outcome(event: nil, succeeded: false, seconds: 0.001, pagesRendered: 0, filesChanged: 0, stages: "")
        let change = SiteChange(paths: ["content/\u{1B}]0;x\u{07}.md"])
        #expect(RebuildService.describe(outcome, change: change)
            == #"Rebuild failed after content/\x1B]0;x\x07.md changed (1 ms); still serving the last good site"#)
    }

    @Test func commandLinePrintsNoControlCharacterFromAFileNameOrAValue() throws {
        let site = try TempSite([
            "content/\u{1B}]0;pwned\u{07}\u{1B}[2J\n.md": "---\ntitle: [\n---\n",
            // YAML's escapes make an ESC, a BEL and a bidi override in the value.
            "content/a.md": #"---\#ntitle: x\#ndate: "\e]0;x\a\u202E"\#n---\#n"#,
        ])
        let result = try runSitegen(["build", "--source", site.root.path, "--now", "2026-01-01"])
        #expect(result.status == 1)
        let printed = result.errors.unicodeScalars.filter { PrintableText.needsEscape($0) && $0 != "\n" }
        #expect(printed.isEmpty, "\(result.errors.debugDescription)")
        #expect(result.errors == #"""
            content/\x1B]0;pwned\x07\x1B[2J\n.md:3:1: error: did not find expected node content (while parsing a flow node at line 3)
             3 | ---
               | ^
            content/a.md:3:7: error: expected a date such as 2024-03-09, 2024-03-09 14:30 or 2024-03-09T14:30:00+01:00, found '\x1B]0;x\x07\u{202E}'
             3 | date: "\e]0;x\a\u202E"
               |       ^
            error: build failed with 2 errors; the previous output is unchanged

            """#)
    }
}
