/// Renders diagnostics the way compilers do:
///
///     content/news/a.md:3:8: error: expected a date
///         3 | date: [1, 2]
///           |       ^
///
/// Everything printed goes through `PrintableText`, so a file name or a value holding an
/// escape sequence cannot act on the terminal, and a line break in a file name cannot split
/// the `path:line:column` prefix. The caret stays under the offending character when
/// characters before it are shown as escapes.
public enum DiagnosticFormatter {
    public static func format(_ diagnostic: Diagnostic) -> String {
        var text = PrintableText.escaping(diagnostic.headline)
        guard let location = diagnostic.location, let line = diagnostic.sourceLine else { return text }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let (shown, column) = window(of: pieces(of: line), around: location.column)
        text += "\n \(number) | \(shown.joined())"
        text += "\n \(gutter) | \(caretPadding(for: shown, column: column))^"
        return text
    }

    public static func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    /// Lines wider than `maximumWidth` are cut to a window around the column, marked with `…`.
    static let maximumWidth = 120

    /// What each character of the line prints as: itself, a tab (kept, so that the caret line
    /// can use the same tabs), or its escape.
    private static func pieces(of line: String) -> [String] {
        line.unicodeScalars.map { scalar in
            scalar == "\t" ? "\t" : PrintableText.escape(for: scalar) ?? String(scalar)
        }
    }

    /// The pieces around the 1-based `column` that fit in `maximumWidth`, with the column
    /// counted in the pieces returned.
    private static func window(of pieces: [String], around column: Int) -> (pieces: [String], column: Int) {
        let widths = pieces.map { $0.unicodeScalars.count }
        guard widths.reduce(0, +) > maximumWidth else { return (pieces, column) }
        let target = min(max(0, column - 1), pieces.count)
        var (start, end, used) = (target, target, 0)
        while start > 0, used + widths[start - 1] <= maximumWidth / 2 { start -= 1; used += widths[start] }
        while end < pieces.count, used + widths[end] <= maximumWidth { used += widths[end]; end += 1 }
        while start > 0, used + widths[start - 1] <= maximumWidth { start -= 1; used += widths[start] }
        var shown = Array(pieces[start..<end])
        var shifted = column - start
        if start > 0 {
            shown.insert("…", at: 0)
            shifted += 1
        }
        if end < pieces.count { shown.append("…") }
        return (shown, shifted)
    }

    /// Spaces up to the column, one per printed character, keeping tabs so the caret lines up
    /// under tab-indented text.
    private static func caretPadding(for pieces: [String], column: Int) -> String {
        var padding = ""
        for piece in pieces.prefix(max(0, column - 1)) {
            padding += piece == "\t" ? "\t" : String(repeating: " ", count: piece.unicodeScalars.count)
        }
        return padding
    }
}
