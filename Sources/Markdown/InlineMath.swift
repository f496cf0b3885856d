import Links
import TeXMath

/// Formulas in text that is not Markdown: titles, venues and abstracts in front matter.
public enum InlineMath {
    /// `text` escaped for HTML with each formula (`$…$` by Pandoc's rules, `\(…\)`, `$$…$$`)
    /// as MathML, and the problems of the formulas (UTF-8 offsets into `text`); nil when `text`
    /// holds no formula, so that callers keep showing it as text. A `$$…$$` or `\[…\]` among
    /// other words on its line is shown inline, as kramdown shows it, since a title such as
    /// "Energy, with math $$E=mc^2$$" is one line.
    public static func html(_ text: String, macros: MathMacros) -> (html: String, problems: [MathProblem])? {
        guard text.utf8.contains(UInt8(ascii: "$")) || text.utf8.contains(UInt8(ascii: "\\")) else { return nil }
        let spans = MathScanner.spans(in: text).filter { $0.tex.lowerBound != $0.whole.lowerBound }
        guard !spans.isEmpty else { return nil }
        let math = MathPlaceholders(source: text, spans: spans)
        var page = MathPage(macros: macros)
        let bytes = Array(text.utf8)
        for index in spans.indices {
            page.add(math.tex(index), display: spans[index].display && Self.standsAlone(spans[index].whole, in: bytes))
        }
        let rendered = page.render()
        var problems: [MathProblem] = []
        for (index, formula) in rendered.enumerated() where spans.indices.contains(index) {
            for problem in formula.problems {
                problems.append(MathProblem(message: problem.message, offset: spans[index].tex.lowerBound + problem.offset, length: problem.length))
            }
        }
        let html = math.replacing(in: HTMLEscaping.escape(math.text)) { index in
            rendered.indices.contains(index) ? rendered[index].html : HTMLEscaping.escape(math.written(index))
        }
        return (html, problems)
    }

    /// Whether nothing but white space shares the lines of `range`.
    static func standsAlone(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        let before = bytes[..<range.lowerBound].reversed().prefix { $0 != UInt8(ascii: "\n") }
        let after = bytes[range.upperBound...].prefix { $0 != UInt8(ascii: "\n") }
        return before.allSatisfy(blank) && after.allSatisfy(blank)
    }
}
