/// Renders diagnostics the way compilers do:
///
///     content/news/a.md:3:8: error: expected a date
///         3 | date: [1, 2]
///           |       ^
public enum DiagnosticFormatter {
    public static func format(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.headline
        guard let location = diagnostic.location, let line = diagnostic.sourceLine else { return text }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let (shown, column) = window(of: printable(line), around: location.column)
        text += "\n \(number) | \(shown)"
        text += "\n \(gutter) | \(caretPadding(for: shown, column: column))^"
        return text
    }

    /// Lines longer than `maximumWidth` are cut to a window around the column, marked with `…`.
    static let maximumWidth = 120

    private static func window(of line: String, around column: Int) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maximumWidth else { return (line, column) }
        let start = max(0, min(column - 1 - maximumWidth / 2, scalars.count - maximumWidth))
        let end = min(scalars.count, start + maximumWidth)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var shifted = column - start
        if start > 0 {
            text = "…" + text
            shifted += 1
        }
        if end < scalars.count { text += "…" }
        return (text, shifted)
    }

    public static func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    /// Control characters other than tab would garble a terminal; show them as U+FFFD.
    private static func printable(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F ? "\u{FFFD}" : scalar
        }))
    }

    /// Spaces up to the column, keeping tabs so the caret lines up under tab-indented text.
    private static func caretPadding(for line: String, column: Int) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            padding.append(scalar == "\t" ? "\t" : " ")
        }
        return padding
    }
}
