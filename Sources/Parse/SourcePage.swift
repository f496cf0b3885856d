import Diagnostics
import Load

/// A content file split into its YAML front matter and its Markdown body.
public struct SourcePage: Sendable {
    public var path: String
    /// The YAML between the `---` lines, or nil when the file has no front matter.
    public var frontMatter: String?
    /// Lines before the front matter's first line (the opening `---`), to map YAML marks to the file.
    public var frontMatterLineOffset: Int
    public var body: String
    /// The 1-based line of the file on which the body starts.
    public var bodyStartLine: Int
    /// The file's lines, for showing the offending line under a diagnostic.
    public var lines: LineIndex

    /// Splits a file. Front matter opens with a first line `---` and closes with `---` or `...`.
    /// Lines may end with LF, CRLF or CR alone; the front matter and body hold LF only.
    public static func split(_ file: SourceFile) -> Result<SourcePage, Diagnostic> {
        let text: String
        switch file.text() {
        case .success(let decoded): text = LineIndex.withLineFeeds(decoded)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let lines = LineIndex(text: text)
        var page = SourcePage(path: file.path, frontMatter: nil, frontMatterLineOffset: 1, body: text, bodyStartLine: 1, lines: lines)
        guard isFence(lines.line(1), closing: false) else { return .success(page) }

        var lineNumber = 2
        var offset = text.utf8.firstIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
        let yamlStart = offset
        while offset < text.utf8.endIndex {
            let lineEnd = text.utf8[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? text.utf8.endIndex
            if isFence(lines.line(lineNumber), closing: true) {
                page.frontMatter = String(text[yamlStart..<offset])
                page.body = lineEnd < text.utf8.endIndex ? String(text[text.utf8.index(after: lineEnd)...]) : ""
                page.bodyStartLine = lineNumber + 1
                return .success(page)
            }
            offset = lineEnd < text.utf8.endIndex ? text.utf8.index(after: lineEnd) : lineEnd
            lineNumber += 1
        }
        return .failure(.error(
            "front matter is not closed: add a line '---' after the last YAML line",
            at: .start(of: file.path), sourceLine: lines.line(1)))
    }

    private static func isFence(_ line: String?, closing: Bool) -> Bool {
        guard let line else { return false }
        let trimmed = line.trimmingTrailingWhitespace()
        return trimmed == "---" || (closing && trimmed == "...")
    }
}

extension String {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" { end = index(before: end) }
        return self[..<end]
    }
}
