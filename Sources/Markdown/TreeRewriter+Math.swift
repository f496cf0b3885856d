import CCmarkGFM
import Foundation

extension TreeRewriter {
    /// Settles where each formula's placeholder landed. In text it stays, to be converted; in
    /// code, raw HTML, a URL, a link's title or an image's description the formula is given back
    /// as written. A paragraph that holds one display formula and nothing else becomes an HTML
    /// block, so that block math is not put inside `<p>`. Returns the formulas to convert.
    func settleMath(_ math: MathPlaceholders) -> Set<Int> {
        var converted = Set<Int>()
        var paragraphs: [OpaquePointer] = []
        var imageDepth = 0
        guard let iterator = cmark_iter_new(root) else { return converted }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_IMAGE { imageDepth += event == CMARK_EVENT_ENTER ? 1 : -1 }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_TEXT where imageDepth == 0:
                guard let literal = Self.text(cmark_node_get_literal(node), holdingPlaceholderOf: math) else { continue }
                _ = math.replacing(in: literal) { index in
                    converted.insert(index)
                    return ""
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if let literal = Self.text(cmark_node_get_literal(node), holdingPlaceholderOf: math) {
                    cmark_node_set_literal(node, math.restore(literal))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = Self.text(cmark_node_get_url(node), holdingPlaceholderOf: math) {
                    cmark_node_set_url(node, math.restore(url))
                }
                if let title = Self.text(cmark_node_get_title(node), holdingPlaceholderOf: math) {
                    cmark_node_set_title(node, math.restore(title))
                }
            case CMARK_NODE_PARAGRAPH:
                paragraphs.append(node)
            default:
                break
            }
        }
        for paragraph in paragraphs { liftDisplayFormula(paragraph, math: math) }
        return converted
    }

    /// A node's text (its literal, URL or title, as cmark-gfm holds it), when it holds a placeholder.
    private static func text(_ text: UnsafePointer<CChar>?, holdingPlaceholderOf math: MathPlaceholders) -> String? {
        guard let text, math.holdsPlaceholder(cString: text) else { return nil }
        return String(cString: text)
    }

    /// Replaces a paragraph holding one display formula alone by an HTML block holding its placeholder.
    private func liftDisplayFormula(_ paragraph: OpaquePointer, math: MathPlaceholders) {
        guard let child = cmark_node_first_child(paragraph), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = Self.text(cmark_node_get_literal(child), holdingPlaceholderOf: math),
              let index = math.soleFormula(in: literal), math.spans[index].display,
              let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return }
        cmark_node_set_literal(block, literal.trimmingCharacters(in: .whitespaces) + "\n")
        if cmark_node_replace(paragraph, block) != 0 {
            cmark_node_free(paragraph)
        } else {
            cmark_node_free(block)
        }
    }
}
