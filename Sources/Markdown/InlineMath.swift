import Links
import TeXMath

/// Formulas in text that is not Markdown: titles, venues and abstracts in front matter.
public enum InlineMath {
    /// `text` escaped for HTML with each formula (`$…$` by Pandoc's rules, `\(…\)`, `$$…$$`)
    /// as MathML, and the problems of the formulas (UTF-8 offsets into `text`); nil when `text`
    /// holds no formula, so that callers keep showing it as text.
    public static func html(_ text: String, macros: MathMacros) -> (html: String, problems: [MathProblem])? {
        guard text.utf8.contains(UInt8(ascii: "$")) || text.utf8.contains(UInt8(ascii: "\\")) else { return nil }
        let spans = MathScanner.spans(in: text).filter { $0.tex.lowerBound != $0.whole.lowerBound }
        guard !spans.isEmpty else { return nil }
        let math = MathPlaceholders(source: text, spans: spans)
        var page = MathPage(macros: macros)
        for index in spans.indices { page.add(math.tex(index), display: spans[index].display) }
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
}
