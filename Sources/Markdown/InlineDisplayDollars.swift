/// The `$$…$$` formulas of a Markdown body that share a line with other text. kramdown, which
/// Jekyll sites are written for, shows these inline (MathJax then sets them in the line), where
/// sitegen, as Pandoc does, shows a display; `sitegen import` writes them as `\(…\)`.
public enum InlineDisplayDollars {
    /// Each such formula, by UTF-8 offsets into `body`: the whole formula with its `$$`, and its TeX.
    public static func find(in body: String) -> [(whole: Range<Int>, tex: Range<Int>)] {
        let bytes = Array(body.utf8)
        return MathScanner.spans(in: body)
            .filter { $0.display && bytes[$0.whole.lowerBound] == UInt8(ascii: "$") && !InlineMath.standsAlone($0.whole, in: bytes) }
            .map { ($0.whole, $0.tex) }
    }
}
