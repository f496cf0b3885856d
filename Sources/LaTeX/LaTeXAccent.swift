import Foundation

/// A LaTeX accent command: a combining mark put on the first character of its argument.
struct LaTeXAccent: Hashable, Sendable {
    let mark: Unicode.Scalar
    /// Shown when the argument is empty (`\~{}` is a tilde).
    let spacing: String

    /// `\"{u}` is ü: the mark after the first character, composed (NFC) where Unicode has a
    /// composed letter; a dotless ı or ȷ (`\'{\i}`) takes the mark as i or j, as LaTeX prints it.
    func apply(to text: String) -> String {
        guard let first = text.first else { return spacing }
        var base = String(first)
        if base == "ı" {
            base = "i"
        } else if base == "ȷ" {
            base = "j"
        }
        base.unicodeScalars.append(mark)
        return base.precomposedStringWithCanonicalMapping + text.dropFirst()
    }

    /// The accents written as a control symbol: `\"u`, `\'e`, …
    static let bySymbol: [Unicode.Scalar: LaTeXAccent] = [
        "\"": LaTeXAccent(mark: "\u{0308}", spacing: "¨"),
        "'": LaTeXAccent(mark: "\u{0301}", spacing: "´"),
        "`": LaTeXAccent(mark: "\u{0300}", spacing: "`"),
        "^": LaTeXAccent(mark: "\u{0302}", spacing: "^"),
        "~": LaTeXAccent(mark: "\u{0303}", spacing: "~"),
        "=": LaTeXAccent(mark: "\u{0304}", spacing: "¯"),
        ".": LaTeXAccent(mark: "\u{0307}", spacing: "˙"),
    ]

    /// The accents written as a control word: `\c{c}`, `\v{s}`, …
    static let byWord: [String: LaTeXAccent] = [
        "c": LaTeXAccent(mark: "\u{0327}", spacing: "¸"),
        "v": LaTeXAccent(mark: "\u{030C}", spacing: "ˇ"),
        "u": LaTeXAccent(mark: "\u{0306}", spacing: "˘"),
        "H": LaTeXAccent(mark: "\u{030B}", spacing: "˝"),
        "k": LaTeXAccent(mark: "\u{0328}", spacing: "˛"),
        "r": LaTeXAccent(mark: "\u{030A}", spacing: "˚"),
        "d": LaTeXAccent(mark: "\u{0323}", spacing: ""),
        "b": LaTeXAccent(mark: "\u{0331}", spacing: ""),
        "t": LaTeXAccent(mark: "\u{0361}", spacing: ""),
        "G": LaTeXAccent(mark: "\u{030F}", spacing: ""),
        "textcircled": LaTeXAccent(mark: "\u{20DD}", spacing: ""),
    ]
}
