/// One formula converted: its HTML and what was wrong with it.
public struct RenderedFormula: Sendable, Hashable {
    /// `<math>…</math>` (display="block" for display), its numbered rows carrying their numbers;
    /// or, on an error, `<code class="math-error">` with the escaped TeX source.
    public var html: String
    public var problems: [MathProblem]

    public init(html: String, problems: [MathProblem]) {
        self.html = html
        self.problems = problems
    }
}
