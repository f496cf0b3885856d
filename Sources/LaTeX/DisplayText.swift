import Links

/// A LaTeX-flavoured value (a BibTeX title, name, venue or note) made ready to show: styled runs
/// of Unicode text and math, and the macros that could not be shown as intended.
public struct DisplayText: Hashable, Sendable {
    /// The runs in order; adjacent text runs never share both styles and case protection.
    public var runs: [InlineRun]
    /// Macros not known, by name without the backslash, each once, in order of first use; each is
    /// shown as its name. The caller warns naming the entry.
    public var unknownMacros: [String]
    /// User macros (from `@preamble`) shown as their name because expanding them would pass
    /// `LaTeXMacros.expansionLimit` or `LaTeXMacros.nestingLimit` (a definition that calls itself).
    public var unexpandedMacros: [String]

    public init(runs: [InlineRun], unknownMacros: [String] = [], unexpandedMacros: [String] = []) {
        self.runs = runs
        self.unknownMacros = unknownMacros
        self.unexpandedMacros = unexpandedMacros
    }

    /// Text shown as it is, with no LaTeX in it: a Markdown publication's venue or abstract.
    public init(plain text: String) {
        self.init(runs: text.isEmpty ? [] : [InlineRun(.text, text)])
    }

    /// The text without styles, math as its source: for citations, JSON-LD, `<title>` and sorting.
    public var plainText: String {
        runs.map(\.content).joined()
    }

    /// HTML for an element's content: text escaped, styles as elements (`<em>`, `<strong>`,
    /// `<span class="small-caps">`, `<code>`, `<sup>`, `<sub>`), math as its escaped source in
    /// `<span class="math">`.
    public var html: String {
        html { "<span class=\"math\">" + HTMLEscaping.escape($0) + "</span>" }
    }

    /// Whether a run is math.
    public var hasMath: Bool {
        runs.contains { $0.kind == .math }
    }

    /// `html` with each math run given by `math`, which takes its TeX source and returns HTML
    /// (the render stage's MathML).
    public func html(math: (String) -> String) -> String {
        let persistence = stylePersistence()
        var html = ""
        var open: [InlineStyles] = []
        for (index, run) in runs.enumerated() {
            var kept = 0
            while kept < open.count, run.styles.contains(open[kept]) {
                kept += 1
            }
            for style in open[kept...].reversed() {
                html += style.htmlClosingTag
            }
            open.removeSubrange(kept...)
            let keptSet = open.reduce(into: InlineStyles()) { $0.formUnion($1) }
            // The style that lasts longest opens first, so that it closes last; ties in nesting order.
            let opening = run.styles.subtracting(keptSet).nested
                .map { (style: $0, lasts: $0.persistence(in: persistence[index])) }
                .enumerated()
                .sorted { ($0.element.lasts, -$0.offset) > ($1.element.lasts, -$1.offset) }
                .map(\.element.style)
            for style in opening {
                html += style.htmlOpeningTag
            }
            open += opening
            switch run.kind {
            case .text: html += HTMLEscaping.escape(run.content)
            case .math: html += math(run.content)
            }
        }
        for style in open.reversed() {
            html += style.htmlClosingTag
        }
        return html
    }

    /// For each run, for each style (by its place in `InlineStyles.nestingOrder`), how many
    /// runs from it on have that style without a break.
    private func stylePersistence() -> [[Int]] {
        let order = InlineStyles.nestingOrder
        var persistence = Array(repeating: Array(repeating: 0, count: order.count), count: runs.count + 1)
        for index in runs.indices.reversed() {
            for (place, style) in order.enumerated() where runs[index].styles.contains(style) {
                persistence[index][place] = persistence[index + 1][place] + 1
            }
        }
        return persistence
    }
}
