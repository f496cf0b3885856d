/// Turns a LaTeX-flavoured value, as BibTeX fields hold (titles, names, venues, notes), into
/// display text: accents and special letters as Unicode, dashes and quotes, protective braces
/// removed, font commands as styles, math kept as its source, user macros expanded.
///
/// Never fails: a stray `}` is text, unclosed groups close at the end, an unterminated `$` is
/// text, an unknown macro is shown by its name (and listed), and no backslash is shown outside
/// math. Work is linear in the input plus `LaTeXMacros.expansionLimit`; nothing recurses.
public struct LaTeXConverter: Sendable {
    public var macros: LaTeXMacros

    public init(macros: LaTeXMacros = LaTeXMacros()) {
        self.macros = macros
    }

    public func convert(_ text: String) -> DisplayText {
        var reader = LaTeXReader(text: text, macros: macros)
        return reader.read()
    }
}
