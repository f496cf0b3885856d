import Diagnostics
import Markdown
import TeXMath
import YAML

/// The formulas of the front-matter texts a page shows with their math as MathML (titles,
/// venues, abstracts, how to apply; a talk's title and abstract): a problem in one is a warning
/// where the formula is written, as in the body, and the formula is shown as its TeX source.
enum FrontMatterFormulas {
    /// The keys whose texts are shown with their formulas converted, at any depth.
    static let shownKeys: Set<String> = ["title", "venue", "abstract", "how_to_apply"]

    static func warnings(in root: YAMLNode?, decoder: YAMLDecoder, lines: LineIndex, macros: MathMacros) -> [Diagnostic] {
        guard let root else { return [] }
        var warnings: [Diagnostic] = []
        visit(root) { node, text in
            guard let problems = InlineMath.html(text, macros: macros)?.problems else { return }
            let start = decoder.location(of: node)
            for problem in problems {
                let location = place(of: problem, in: text, from: start, lines: lines)
                warnings.append(.warning(
                    problem.message + "; the formula is shown as its TeX source", at: location, sourceLine: lines.line(location.line)))
            }
        }
        return warnings
    }

    /// Calls `found` with each shown text and the node that holds it.
    private static func visit(_ node: YAMLNode, found: (YAMLNode, String) -> Void) {
        switch node.content {
        case .mapping(let pairs):
            for pair in pairs {
                if case .string(let key)? = pair.key.scalar?.value, shownKeys.contains(key),
                   case .string(let text)? = pair.value.scalar?.value {
                    found(pair.value, text)
                } else {
                    visit(pair.value, found: found)
                }
            }
        case .sequence(let items):
            for item in items { visit(item, found: found) }
        case .scalar:
            break
        }
    }

    /// Where the problem's part of `text` is written, at or after the value's start; the value's
    /// start when the file writes it otherwise (quoted with escapes, folded).
    static func place(of problem: MathProblem, in text: String, from start: SourceLocation, lines: LineIndex) -> SourceLocation {
        lines.firstPlace(of: problem.part(of: text), inValue: text, from: start) ?? start
    }
}
