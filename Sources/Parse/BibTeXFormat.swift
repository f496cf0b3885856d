import BibTeX
import Bibliography
import Diagnostics
import Load
import Markdown
import Models

/// `.bib` files of publications: each listable entry is a page of kind publication, named by
/// its key. Under `content/`, only `content/publications.bib` and the `.bib` files under
/// `content/publications/` are read so; another `.bib` there (a `cv.bib` a page links to) is
/// copied as it is. A path outside `content/` (a file `site.yml`'s `bibliography` names) is taken.
public struct BibTeXFormat: SourceFormat {
    public let fileExtensions = ["bib"]

    public init() {}

    public func takes(path: String) -> Bool {
        !path.hasPrefix("content/") || path == "content/publications.bib" || path.hasPrefix("content/publications/")
    }

    public func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        let text: String
        switch file.text() {
        case .success(let decoded): text = LineIndex.withLineFeeds(decoded)
        case .failure(let diagnostic): return ([], [diagnostic])
        }
        let bib = BibEntryValidation.listableEntries(of: BibTeXReader.read(text, path: file.path))
        let mapper = PublicationMapper(file: bib)
        var diagnostics = bib.diagnostics
        var pages: [ParsedPage] = []
        for entry in bib.entries {
            let mapped = mapper.map(entry)
            diagnostics += mapped.diagnostics
            guard let publication = mapped.publication else { continue }
            var frontMatter = PageFrontMatter(kind: .publication)
            frontMatter.title = publication.styledTitle?.plainText
            frontMatter.model = .publication(publication)
            let anchor = SourceAnchor(location: entry.location, line: bib.lines.line(entry.location.line))
            pages.append(ParsedPage(sourcePath: file.path, entry: entry.key, frontMatter: frontMatter, body: .empty, anchors: ["file": anchor]))
        }
        return (pages, diagnostics)
    }
}
