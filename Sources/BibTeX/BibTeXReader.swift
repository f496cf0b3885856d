import Diagnostics

/// Reads a BibTeX or biblatex file: its entries in file order with raw values (macros
/// expanded, `#` joined, braces kept for the LaTeX stage), `crossref` and `xdata` resolved,
/// its `@preamble`s, and a diagnostic for each problem. Works on UTF-8 bytes; never throws.
public enum BibTeXReader {
    /// `text` is the file's content (already checked to be UTF-8), `path` its path as shown.
    public static func read(_ text: String, path: String) -> BibFile {
        let bytes = Array(text.utf8)
        let lines = LineIndex(bytes: bytes)
        var parser = BibParser(bytes: bytes, path: path, lines: lines)
        parser.parse()
        var file = BibFile(path: path, entries: parser.entries, preambles: parser.preambles, diagnostics: parser.diagnostics, lines: lines)
        CrossrefResolver.resolve(&file, dataEntries: parser.dataEntries)
        return file
    }
}
