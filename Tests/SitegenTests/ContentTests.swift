import Diagnostics
@testable import Load
@testable import Parse
import Testing

@Suite struct ContentTests {
    func split(_ text: String) -> Result<SourcePage, Diagnostic> {
        SourcePage.split(SourceFile(path: "content/a.md", bytes: Array(text.utf8)))
    }

    @Test func frontMatterAndBodyAreSeparated() throws {
        let page = try split("---\ntitle: A\n---\n# Body\n").get()
        #expect(page.frontMatter == "title: A\n")
        #expect(page.body == "# Body\n")
        #expect(page.bodyStartLine == 4)
    }

    @Test func dotsCloseFrontMatterAndTrailingSpacesAreAllowed() throws {
        let page = try split("--- \ntitle: A\n...\nbody").get()
        #expect(page.frontMatter == "title: A\n")
        #expect(page.body == "body")
    }

    @Test func noFrontMatterMeansAllBody() throws {
        let page = try split("\n\nTitle line\n\ntext ---\n").get()
        #expect(page.frontMatter == nil)
        #expect(page.body == "\n\nTitle line\n\ntext ---\n")
    }

    @Test func unclosedFrontMatterIsAnError() {
        guard case .failure(let diagnostic) = split("---\ntitle: A\nbody\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.headline == "content/a.md:1:1: error: front matter is not closed: add a line '---' after the last YAML line")
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        var bytes = Array("---\ntitle: é\n---\nabc".utf8)
        bytes.insert(0xC3, at: bytes.count - 1)
        let result = SourcePage.split(SourceFile(path: "content/a.md", bytes: bytes))
        guard case .failure(let diagnostic) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.headline == "content/a.md:4:3: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8")
    }

    @Test func utf8ValidationRejectsOverlongsAndSurrogates() {
        #expect(UTF8Validation.firstInvalidByte(in: Array("héllo ✓ 𝄞".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidByte(in: [0x61, 0xC0, 0xAF]) == 1)
        #expect(UTF8Validation.firstInvalidByte(in: [0xED, 0xA0, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidByte(in: [0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidByte(in: [0x61, 0xE2, 0x82]) == 1)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let text = try SourceFile(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\nx: 1\n---\n".utf8)).text().get()
        #expect(text.hasPrefix("---"))
    }

    @Test func caretLinesUpUnderWideCharactersAndTabs() {
        let diagnostic = Diagnostic.error("here", at: SourceLocation(path: "a", line: 2, column: 4), sourceLine: "\té✓x")
        #expect(diagnostic.description == "a:2:4: error: here\n 2 | \té✓x\n   | \t  ^")
    }
}
