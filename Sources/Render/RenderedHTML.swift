import LaTeX
import Links
import Markdown
import TeXMath

/// HTML a view holds, written unescaped by `{{{…}}}`. Only a `MarkdownDocument`, a
/// `DisplayText` (LaTeX converted, its text escaped and its styles as elements), a text with
/// formulas (escaped, its formulas as MathML by `InlineMath`) or a template
/// (an entry partial, see `ListedEntries`) makes one, so those are the only HTML a template can
/// write unescaped. The base path is put before the
/// body's root-relative URLs here, as it is before every other URL of a view.
struct RenderedHTML: Equatable, Sendable {
    let html: String

    init(_ document: MarkdownDocument, basePath: String) {
        html = document.html(basePath: basePath)
    }

    /// A title, venue or abstract with its markup: `DisplayText.html` escapes every text, and
    /// its math is MathML. A text from front matter rather than LaTeX (`fromLaTeX` false) is
    /// one run of text whose `$…$` formulas are found here.
    init(_ text: DisplayText, macros: MathMacros, fromLaTeX: Bool = true) {
        if !fromLaTeX, text.runs.count == 1, let converted = InlineMath.html(text.plainText, macros: macros) {
            html = converted.html
        } else {
            html = text.html { MathPage.inline($0, macros: macros).html }
        }
    }

    /// A text from front matter with its formulas as MathML; nil when it holds none.
    init?(formulasIn text: String, macros: MathMacros) {
        guard let converted = InlineMath.html(text, macros: macros) else { return nil }
        html = converted.html
    }

    /// A text from front matter, escaped, with its formulas (if any) as MathML.
    init(text: String, macros: MathMacros) {
        html = InlineMath.html(text, macros: macros)?.html ?? HTMLEscaping.escape(text)
    }

    /// What a template rendered.
    init(rendered html: String) {
        self.html = html
    }
}
