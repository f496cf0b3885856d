import Diagnostics
import Load

/// A kind of source file under `content/` that becomes pages: Markdown, one page a file, and
/// BibTeX, whose files hold many pages. Files that no format takes (by extension, then by
/// `takes(path:)`) are copied to the output as they are.
///
/// `parse` runs for many files at once, on any thread, and must depend only on its arguments:
/// a rebuild reuses a file's earlier result while its bytes and the settings are the same.
public protocol SourceFormat: Sendable {
    /// The file-name extensions this format takes, without the dot: `["md"]`.
    var fileExtensions: [String] { get }

    /// Whether this format takes the file at `path` (`content/publications.bib`), whose extension
    /// is one of `fileExtensions`; a file no format takes is copied as it is. By default, every such file.
    func takes(path: String) -> Bool

    /// The file's pages, in the order they appear in it (none, one or many), and what is wrong
    /// with it. Each page of a file of many has its entry's key (unique in the file) and an
    /// anchor `file` at the entry's first line, where diagnostics about the page point.
    func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic])

    /// The same as `parse(_:settings:)`, given what this format made of an earlier version of
    /// the same file with the same settings: a format of many pages keeps the pages of entries
    /// that did not change (their content objects, so that later stages reuse their views).
    /// By default, a parse anew.
    func parse(_ file: SourceFile, settings: ParseSettings, earlier: ParsedSource?) -> ParsedSource
}

extension SourceFormat {
    public func takes(path: String) -> Bool { true }

    public func parse(_ file: SourceFile, settings: ParseSettings, earlier: ParsedSource?) -> ParsedSource {
        let outcome = parse(file, settings: settings)
        return ParsedSource(pages: outcome.pages, diagnostics: outcome.diagnostics)
    }
}
