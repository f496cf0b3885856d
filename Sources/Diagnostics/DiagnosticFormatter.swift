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
        let shown = printable(line)
        text += "\n \(number) | \(shown)"
        text += "\n \(gutter) | \(caretPadding(for: line, column: location.column))^"
        return text
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
