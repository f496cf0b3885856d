import Diagnostics
import Load
import Markdown
import Models
import Parse

/// A source format for tests only: each line `key: title` of a `.entries` file is a page, as
/// each entry of a `.bib` file will be; `key:` alone leaves the title to the key. Blank lines
/// are skipped; any other line is an error.
struct EntriesFormat: SourceFormat {
    let fileExtensions = ["entries"]

    func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        let text: String
        switch file.text() {
        case .success(let decoded): text = LineIndex.withLineFeeds(decoded)
        case .failure(let diagnostic): return ([], [diagnostic])
        }
        var pages: [ParsedPage] = []
        var diagnostics: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let location = SourceLocation(path: file.path, line: index + 1, column: 1)
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(.error("expected 'key: title'", at: location, sourceLine: String(line)))
                continue
            }
            var frontMatter = PageFrontMatter()
            let title = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            frontMatter.title = title.isEmpty ? nil : title
            let anchor = SourceAnchor(location: location, line: String(line))
            pages.append(ParsedPage(
                sourcePath: file.path, entry: String(line[..<colon]), frontMatter: frontMatter,
                body: MarkdownDocument(html: "", summary: "About \(line[..<colon])."), anchors: ["file": anchor]))
        }
        return (pages, diagnostics)
    }
}

extension SourceFormats {
    /// Markdown, and `.entries` files of many pages.
    static let withEntries = SourceFormats([MarkdownFormat(), EntriesFormat()])
}
