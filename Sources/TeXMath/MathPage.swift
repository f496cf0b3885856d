/// One page's formulas, in the order they appear on the page. Equation numbers, `\label`,
/// `\eqref`/`\ref` (also forward references) and `\newcommand` in an earlier formula are page-wide.
public struct MathPage: Sendable {
    private struct Formula: Sendable {
        var source: String
        var display: Bool
        /// nil when the formula has an error.
        var node: MathNode?
        var problems: [MathProblem]
    }

    private var macros: MathMacros
    private var numbering = PageNumbering()
    private var formulas: [Formula] = []

    public init(macros: MathMacros) {
        self.macros = macros
    }

    /// `tex` is the formula without its delimiters (`$`, `$$`, `\(`, `\[`); a block-level LaTeX
    /// environment is given whole (`\begin{align}…\end{align}`) with display: true.
    /// Returns the formula's index.
    @discardableResult public mutating func add(_ tex: String, display: Bool) -> Int {
        var parser = MathParser(source: tex, display: display, macros: macros, numbering: numbering)
        do {
            let node = try parser.parseFormula()
            macros = parser.stream.macros
            numbering = parser.numbering
            formulas.append(Formula(source: tex, display: display, node: node, problems: []))
        } catch {
            formulas.append(Formula(source: tex, display: display, node: nil, problems: [error.problem]))
        }
        return formulas.count - 1
    }

    /// The formulas' HTML in the order added.
    public func render() -> [RenderedFormula] {
        formulas.map { formula in
            guard let node = formula.node else {
                var html = "<code class=\"math-error\">"
                MathMLWriter.escape(formula.source, into: &html)
                html += "</code>"
                return RenderedFormula(html: html, problems: formula.problems)
            }
            var writer = MathMLWriter(labels: numbering.labels)
            writer.writeFormula(node, source: formula.source, display: formula.display)
            return RenderedFormula(html: writer.output, problems: formula.problems + writer.problems)
        }
    }

    /// One inline formula on its own (titles, front matter).
    public static func inline(_ tex: String, macros: MathMacros) -> RenderedFormula {
        var page = MathPage(macros: macros)
        page.add(tex, display: false)
        return page.render()[0]
    }
}
