import Markdown

/// Formulas as kramdown reads them: `$$…$$` among other words of a line is inline math in a
/// Jekyll site, and becomes `\(…\)`, which sitegen reads as inline too; a `$$` display on lines
/// of its own stays as it is.
enum KramdownMath {
    static func inlined(_ body: String) -> String {
        let found = InlineDisplayDollars.find(in: body)
        guard !found.isEmpty else { return body }
        let bytes = Array(body.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for formula in found {
            output += bytes[copied..<formula.whole.lowerBound]
            output += Array(#"\("#.utf8) + bytes[formula.tex] + Array(#"\)"#.utf8)
            copied = formula.whole.upperBound
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}
