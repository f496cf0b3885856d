import Testing
@testable import Markdown

/// Where the recogniser finds formulas in Markdown bodies, before cmark-gfm reads them.
@Suite struct MathScannerTests {
    /// Each formula found, as `[tex]` for inline and `[[tex]]` for display.
    func found(_ text: String, displayOnly: Bool = false) -> [String] {
        let bytes = Array(text.utf8)
        return MathScanner.spans(in: text, displayOnly: displayOnly).map { span in
            let tex = String(decoding: bytes[span.tex], as: UTF8.self)
            return span.display ? "[[\(tex)]]" : "[\(tex)]"
        }
    }

    @Test func pandocDollarRules() {
        #expect(found("the energy $E = mc^2$ holds") == ["[E = mc^2]"])
        #expect(found("costs $5 and $10") == [])
        #expect(found("$ x$") == [])
        #expect(found("$x $") == [])
        #expect(found("$x$5") == [])
        #expect(found("$x$ and $y$") == ["[x]", "[y]"])
        #expect(found(#"a \$ b $c$"#) == ["[c]"])
        #expect(found(#"$a\$b$"#) == [#"[a\$b]"#])
        #expect(found("$a_1$, $b_2$.") == ["[a_1]", "[b_2]"])
        #expect(found("$x$\n\n$y") == ["[x]"])
        #expect(found("$a\nb$") == ["[a\nb]"])
        #expect(found("$a\n\nb$") == [])
    }

    @Test func otherDelimiters() {
        #expect(found(#"inline \(a_1 + b\) here"#) == ["[a_1 + b]"])
        #expect(found(#"\[ \sum_i x_i \]"#) == [#"[[ \sum_i x_i ]]"#])
        #expect(found("$$\n\\int f\n$$") == ["[[\n\\int f\n]]"])
        #expect(found("a $`x_1`$ b") == ["[x_1]"])
        #expect(found("$$ $$") == [])
        #expect(found(#"\\(x\\)"#) == [])
    }

    @Test func fencesAndEnvironments() {
        #expect(found("```math\na^2\n```\n") == ["[[a^2\n]]"])
        #expect(found("~~~~ math\nx\n~~~~\n$y$") == ["[[x\n]]", "[y]"])
        #expect(found("```\n$x$\n```\n$y$") == ["[y]"])
        #expect(found("```python\n$x$\n") == [])
        #expect(found("\\begin{align}\na &= b \\label{e}\n\\end{align}") == ["[[\\begin{align}\na &= b \\label{e}\n\\end{align}]]"])
        #expect(found("> \\begin{equation*}x\\end{equation*}") == ["[[\\begin{equation*}x\\end{equation*}]]"])
        #expect(found("text \\begin{align}x\\end{align}") == [])
        #expect(found("\\begin{tabular}x\\end{tabular}") == [])
        #expect(found("\\begin{align}\nx\n\n\\end{align}") == [])
    }

    @Test func referencesInTextAreFormulas() {
        #expect(found(#"see \eqref{eq:a} and \ref{b}, not \ref{} or \reference"#) == [#"[\eqref{eq:a}]"#, #"[\ref{b}]"#])
        #expect(found(#"`\eqref{a}`"#) == [])
    }

    @Test func neverInsideCodeSpans() {
        #expect(found("`$x$` and $y$") == ["[y]"])
        #expect(found("``a ` $x$`` $y$") == ["[y]"])
        #expect(found("`unclosed $x$") == ["[x]"])
        #expect(found("$a`b$ `c`") == ["[a`b]"])
        #expect(found("$`x` and $") == [])
    }

    @Test func plainTextPagesTakeDisplayFormulasOnly() {
        #expect(found("costs $5 and $x$\n$$y$$ \\[z\\] \\(w\\)", displayOnly: true) == ["[[y]]", "[[z]]"])
    }

    @Test func failedSearchesStayLinear() {
        let unclosed = String(repeating: "$5 \\(b \\[c ", count: 50_000)
            + String(repeating: "\n\\begin{align} x", count: 50_000)
        #expect(found(unclosed) == [])
    }
}
