import Foundation
import Diagnostics
import Links
import TeXMath

/// Converts a body's formulas, all through one `MathPage` in the order they stand in the body
/// (so numbering, `\label` and `\eqref` are page-wide), and puts their MathML in place of the
/// placeholders in the rendered HTML.
enum BodyMath {
    /// `html` with each placeholder replaced by its formula's MathML, or by its source as
    /// written where it was not converted; and a notice for each problem, at its place in the body.
    static func substitute(
        in html: String, math: MathPlaceholders, converting formulas: Set<Int>, macros: MathMacros
    ) -> (html: String, notices: [MarkdownDocument.Notice]) {
        var page = MathPage(macros: macros)
        var order: [Int: Int] = [:]
        for index in formulas.sorted() {
            order[index] = page.add(math.tex(index), display: math.spans[index].display)
        }
        let rendered = page.render()
        var notices: [MarkdownDocument.Notice] = []
        if rendered.contains(where: { !$0.problems.isEmpty }) {
            let lines = math.sourceLines
            for index in formulas.sorted() {
                guard let position = order[index], rendered.indices.contains(position) else { continue }
                let shownAsSource = rendered[position].html.hasPrefix("<code class=\"math-error\"")
                for problem in rendered[position].problems {
                    let place = math.position(in: index, offset: problem.offset, lines: lines)
                    let message = problem.message + (shownAsSource ? "; the formula is shown as its TeX source" : "")
                    notices.append(MarkdownDocument.Notice(line: place.line, column: place.column, message: message))
                }
            }
        }
        let substituted = math.replacing(in: html) { index in
            guard let position = order[index], rendered.indices.contains(position) else {
                return HTMLEscaping.escape(math.written(index))
            }
            let html = rendered[position].html
            let span = math.spans[index]
            // `\eqref{…}` in the text is a link in the text: a link inside `<math>` is a control
            // nested in an element whose children are presentational (axe's nested-interactive).
            if span.tex == span.whole, let link = textReference(in: html) { return link }
            // Its own box, which scrolls when the formula is wider than the screen.
            return span.display ? "<span class=\"math-display\">" + html + "</span>" : html
        }
        return (substituted, notices)
    }

    /// The link a reference written in the text (`\eqref{…}`, `\ref{…}`, no delimiters) was
    /// converted to, taken out of its `<math>`; nil for anything else.
    static func textReference(in html: String) -> String? {
        guard let start = html.range(of: "<a href=\"#"), let end = html.range(of: "</a>", range: start.upperBound..<html.endIndex) else {
            return nil
        }
        return "<a class=\"eqref\"" + html[html.index(start.lowerBound, offsetBy: 2)..<end.upperBound]
    }
}
