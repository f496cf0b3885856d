import Diagnostics
import LaTeX
import Load
import Markdown
import Models
import Parse

/// A source format for tests only that makes publications as the `.bib` format does, without
/// depending on it: each line `key: title; pdf=path; slides=*; poster=https://…` of a `.papers`
/// file is a publication of 2020 with a BibTeX record (`@misc{key, title = {title}}`) and, for
/// each `role=value`, a file: `*` for the conventional `KEY.pdf`, a URL, or a path; `abstract=text`
/// gives it an abstract.
struct PapersFormat: SourceFormat {
    let fileExtensions = ["papers"]

    static func bibtex(_ key: String, _ title: String) -> String {
        "@misc{\(key),\n  title = {\(title)}\n}\n"
    }

    func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        guard case .success(let text) = file.text() else { return ([], []) }
        var pages: [ParsedPage] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let fields = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let head = fields.first, let colon = head.firstIndex(of: ":") else { continue }
            let key = String(head[..<colon])
            let title = head[head.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            var publication = Publication(authors: [], date: ContentDate(year: 2020, month: 1, day: 1), kind: .journal)
            publication.datePrecision = .year
            publication.bibtex = BibTeXRecord(key: key, text: Self.bibtex(key, title), sourcePath: file.path)
            for field in fields.dropFirst() {
                let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2, parts[0] == "abstract" {
                    publication.abstract = DisplayText(plain: parts[1])
                    continue
                }
                guard parts.count == 2, let role = PublicationFile.Role(rawValue: parts[0]) else { continue }
                let column = (line.range(of: field).map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0) + parts[0].count + 2
                let reference: PublicationFile.Reference = parts[1] == "*" ? .conventional
                    : WebURL(parts[1]).flatMap { $0.value.contains("://") ? .url($0) : nil } ?? .path(parts[1])
                publication.files.append(PublicationFile(
                    role: role, reference: reference, place: .init(lines: 0, column: column),
                    sourceLine: String(line)))
            }
            var frontMatter = PageFrontMatter(kind: .publication)
            frontMatter.title = title
            frontMatter.model = .publication(publication)
            let anchor = SourceAnchor(location: SourceLocation(path: file.path, line: index + 1, column: 1), line: String(line))
            pages.append(ParsedPage(
                sourcePath: file.path, entry: key, frontMatter: frontMatter,
                body: MarkdownDocument(html: "", summary: nil), anchors: ["file": anchor]))
        }
        return (pages, [])
    }
}

extension SourceFormats {
    /// Markdown, and `.papers` files of publications.
    static let withPapers = SourceFormats([MarkdownFormat(), PapersFormat()])
}
