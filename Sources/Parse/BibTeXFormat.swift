import BibTeX
import Bibliography
import Diagnostics
import Load
import Markdown
import Models
import Parallel

/// `.bib` files of publications: each listable entry is a page of kind publication, named by
/// its key. Under `content/`, only `content/publications.bib` and the `.bib` files under
/// `content/publications/` are read so; another `.bib` there (a `cv.bib` a page links to) is
/// copied as it is. A path outside `content/` (a file `site.yml`'s `bibliography` names) is taken.
///
/// A file parsed again is read again only where it changed, and keeps what was made of each
/// entry that is the same as before (see `BibTeXFormatMemo`): editing one entry of a file of
/// thousands reads and maps that entry alone.
public struct BibTeXFormat: SourceFormat {
    public let fileExtensions = ["bib"]

    public init() {}

    public func takes(path: String) -> Bool {
        !path.hasPrefix("content/") || path == "content/publications.bib" || path.hasPrefix("content/publications/")
    }

    public func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        let outcome = parse(file, settings: settings, earlier: nil)
        return (outcome.pages, outcome.diagnostics)
    }

    public func parse(_ file: SourceFile, settings: ParseSettings, earlier: ParsedSource?) -> ParsedSource {
        let text: String
        switch file.text() {
        case .success(let decoded): text = LineIndex.withLineFeeds(decoded)
        case .failure(let diagnostic): return ParsedSource(pages: [], diagnostics: [diagnostic])
        }
        let earlierMemo = earlier?.memo as? BibTeXFormatMemo
        let reading = BibTeXReader.read(text, path: file.path, earlier: earlierMemo?.reading)
        let bib = BibEntryValidation.listableEntries(of: reading.file)
        let preambles = bib.preambles.map(\.text)
        let known = earlierMemo.flatMap { $0.preambles == preambles ? $0.entries : nil } ?? [:]
        let mapper = PublicationMapper(file: bib, mathMacros: settings.mathMacros)
        var memo = BibTeXFormatMemo(reading: reading, preambles: preambles)
        var diagnostics = bib.diagnostics
        var pages: [ParsedPage] = []
        // Entries are independent once read: they are mapped on all cores.
        let entries = bib.entries.parallelMap { entry -> BibTeXFormatMemo.Mapped in
            if let old = known[entry.key], let lines = entry.linesMoved(since: old.entry) {
                return old.moved(by: lines, to: entry, fileLines: bib.lines)
            }
            return map(entry, mapper: mapper, file: bib)
        }
        memo.entries.reserveCapacity(entries.count)
        for mapped in entries {
            memo.entries[mapped.entry.key] = mapped
            diagnostics += mapped.diagnostics
            if let page = mapped.page { pages.append(page) }
        }
        return ParsedSource(pages: pages, diagnostics: diagnostics, memo: memo)
    }

    private func map(_ entry: BibEntry, mapper: PublicationMapper, file: BibFile) -> BibTeXFormatMemo.Mapped {
        let mapped = mapper.map(entry)
        guard let publication = mapped.publication else {
            return BibTeXFormatMemo.Mapped(entry: entry, page: nil, diagnostics: mapped.diagnostics)
        }
        var frontMatter = PageFrontMatter(kind: .publication)
        frontMatter.title = publication.styledTitle?.plainText
        frontMatter.model = .publication(publication)
        var anchors = ["file": SourceAnchor(location: entry.location, line: file.lines.line(entry.location.line))]
        // The preview image is checked once the site's files are known; an inherited one is
        // pointed at by its entry, whose lines are the ones an edit moves together.
        if publication.preview != nil, let field = entry.field("preview"), field.inheritedFrom == nil {
            anchors[Publication.previewMark] = SourceAnchor(location: field.valueLocation, line: file.lines.line(field.valueLocation.line))
        }
        let page = ParsedPage(sourcePath: file.path, entry: entry.key, frontMatter: frontMatter, body: .empty, anchors: anchors)
        return BibTeXFormatMemo.Mapped(entry: entry, page: page, diagnostics: mapped.diagnostics)
    }
}
