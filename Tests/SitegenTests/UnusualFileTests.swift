import Diagnostics
import Foundation
@testable import Load
@testable import Parse
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Files that other tools make: names that are not UTF-8, and lines that end with CR alone.
@Suite struct UnusualFileTests {
    /// Writes a file (or makes a folder) whose name, relative to the site, is given as bytes.
    static func create(_ relativePath: [UInt8], in site: TempSite, folder: Bool = false, text: String = "") throws {
        let path = (Array(site.root.path.utf8) + [UInt8(ascii: "/")] + relativePath + [0]).map { CChar(bitPattern: $0) }
        if folder {
            #expect(mkdir(path, 0o755) == 0)
            return
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    @Test func fileAndFolderNamesThatAreNotUTF8AreErrorsNamingThem() throws {
        let site = try TempSite(["content/index.md": "Home\n", "content/notes/ok.md": "fine\n"])
        try Self.create(Array("content/caf".utf8) + [0xE9] + Array(".md".utf8), in: site, text: "# Café\n")
        try Self.create(Array("content/notes/".utf8) + [0xFF, 0x1B, 0xE2, 0x82], in: site, folder: true)
        try Self.create(Array("content/notes/".utf8) + [0xFF, 0x1B, 0xE2, 0x82] + Array("/a.md".utf8), in: site, text: "a\n")
        try Self.create(Array("assets/".utf8), in: site, folder: true)
        try Self.create(Array("assets/logo".utf8) + [0xC0, 0xAF] + Array(".png".utf8), in: site)
        // Hidden names are skipped, whatever their bytes.
        try Self.create(Array("content/.".utf8) + [0xFE], in: site)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.rendered == #"""
            assets/logo\xC0\xAF.png:1:1: error: this file name is not valid UTF-8; rename it
            content/caf\xE9.md:1:1: error: this file name is not valid UTF-8; rename it
            content/notes/\xFF\x1B\xE2\x82:1:1: error: this folder name is not valid UTF-8; rename it
            """#)
    }

    @Test func invalidBytesAreEscapedAndTheRestKept() {
        #expect(UTF8Validation.escapingInvalidBytes(Array("café".utf8)) == "café")
        #expect(UTF8Validation.escapingInvalidBytes([0x61, 0xE9, 0x62]) == #"a\xE9b"#)
        #expect(UTF8Validation.escapingInvalidBytes([0xE2, 0x82, 0xE2, 0x82, 0xAC]) == #"\xE2\x82€"#)
        #expect(UTF8Validation.escapingInvalidBytes([0xED, 0xA0, 0x80, 0x0A]) == "\\xED\\xA0\\x80\n")
    }

    @Test func lineIndexCountsLFAndCRLFAndCRAloneAsOneLineEndEach() {
        let lines = LineIndex(text: "a\nb\r\nc\rd\r\re")
        #expect(lines.lineCount == 6)
        #expect((1...6).map { lines.line($0) } == ["a", "b", "c", "d", "", "e"])
        #expect(lines.position(ofByte: 5) == (3, 1)) // c
        #expect(lines.position(ofByte: 7) == (4, 1)) // d
        #expect(lines.position(ofByte: 10) == (6, 1)) // e
        #expect(LineIndex(text: "x\r").lineCount == 2)
        #expect(LineIndex(text: "x\r").line(1) == "x")
    }

    @Test func frontMatterWithCRAloneIsRead() throws {
        let page = try SourcePage.split(SourceFile(path: "content/a.md", bytes: Array("---\rtitle: A\r---\r# Body\rtext\r".utf8))).get()
        #expect(page.frontMatter == "title: A\n")
        #expect(page.body == "# Body\ntext\n")
        #expect(page.bodyStartLine == 4)
        #expect(page.lines.line(4) == "# Body")
    }

    @Test func everyLineEndBecomesLF() {
        #expect(LineIndex.withLineFeeds("a\r\nb\rc\n\r\rd\r") == "a\nb\nc\n\n\nd\n")
        #expect(LineIndex.withLineFeeds("no line end") == "no line end")
    }

    /// A plain-text page (one paragraph per line) saved with CRLF or CR is read as plain text,
    /// as with LF; it was Markdown with its first line shown twice.
    @Test(arguments: ["\r\n", "\r"])
    func plainTextPageReadsTheSameWhateverItsLineEnds(lineEnd: String) throws {
        let text = "Teaching\nCourses on optimisation.\nOne more line.\n"
        // No menu: the made one would link both pages, each marked current on its own.
        let site = try TempSite([
            "site.yml": "menu: []\n", "content/lf.md": text, "content/other.md": text.replacingOccurrences(of: "\n", with: lineEnd),
        ])
        #expect(site.build().succeeded)
        let lf = try #require(site.page("lf/index.html"))
        #expect(lf.contains("<h1>Teaching</h1>") && lf.contains("<p>One more line.</p>"))
        #expect(site.page("other/index.html") == lf.replacingOccurrences(of: "/lf/", with: "/other/"))
    }

    /// Template positions count every line end as LF, CRLF or CR, like the other files'.
    @Test func templateErrorPositionCountsCRAlone() throws {
        let site = try TempSite(["templates/page.mustache": "<main>\r{{{page.content}}}\r{{#page}}\r", "content/index.md": "x\n"])
        #expect(site.build().rendered == """
            templates/page.mustache:4:1: error: template syntax: a section is never closed (missing '{{/name}}')
             4 | 
               | ^
            """)
    }

    @Test func pageWithCRAloneBuildsLikeTheSamePageWithLF() throws {
        let page = "---\ntitle: Old Mac notes\ndate: 2026-01-05\n---\nFirst paragraph.\n\n- one\n- two\n"
        let site = try TempSite([
            "content/news/2026-01-05-lf.md": page,
            "content/news/2026-01-05-cr.md": page.replacingOccurrences(of: "\n", with: "\r"),
            "content/plain.md": "Plain title\rA first line.\rA second line.\r",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        let lf = try #require(site.page("news/2026-01-05-lf/index.html"))
        let cr = try #require(site.page("news/2026-01-05-cr/index.html"))
        #expect(cr == lf.replacingOccurrences(of: "2026-01-05-lf", with: "2026-01-05-cr"))
        #expect(cr.contains("<h1>Old Mac notes</h1>"))
        #expect(!cr.contains("<hr"))
        let plain = try #require(site.page("plain/index.html"))
        #expect(plain.contains("<h1>Plain title</h1>"))
        #expect(plain.contains("<p>A second line.</p>"))
    }

    @Test func positionsCountCRAloneAsALineEnd() throws {
        let page = try TempSite(["content/a.md": "---\rtitle: A\r\ndate: [1]\r---\rbody\r"])
        #expect(page.build().rendered == """
            content/a.md:3:7: error: expected a date such as 2024-03-09, 2024-03-09 14:30 or 2024-03-09T14:30:00+01:00, found a list
             3 | date: [1]
               |       ^
            """)
        let config = try TempSite(["site.yml": "title: Lab\rmenu:\r  - title: News\r    url: [1]\r", "content/index.md": "x\n"])
        #expect(config.build().rendered == """
            site.yml:4:10: error: expected text, found a list
             4 |     url: [1]
               |          ^
            """)
    }

    /// libyaml places the end of a text that does not end with a line break on the next line:
    /// the error must stay on the last line of the file, with that line shown.
    @Test func errorAtTheEndOfAFileWithoutFinalLineBreakIsOnItsLastLine() throws {
        let site = try TempSite(["site.yml": "title: Lab\nauthor:\n  name: Ada\nlinks", "content/index.md": "x\n"])
        #expect(site.build().rendered == """
            site.yml:4:6: error: could not find expected ':' (while scanning a simple key at line 4)
             4 | links
               |      ^
            """)
        let list = try TempSite(["site.yml": "a: [1, 2", "content/index.md": "x\n"])
        #expect(list.build().rendered == """
            site.yml:1:9: error: did not find expected ',' or ']' (while parsing a flow sequence at line 1)
             1 | a: [1, 2
               |         ^
            """)
    }
}
