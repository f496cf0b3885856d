import CCmarkGFM
import Foundation
import Links

/// Edits a parsed cmark tree before rendering: heading ids, base-path links, unsafe URLs.
///
/// Walks use cmark's own iterator, never recursion, so deeply nested input cannot exhaust
/// the stack.
final class TreeRewriter {
    private let root: OpaquePointer
    private let basePath: String
    /// The parser's extension list, so a heading renders exactly as in the document.
    private let extensions: UnsafeMutablePointer<cmark_llist>?
    private(set) var imagesWithoutAlt: [String] = []

    init(root: OpaquePointer, basePath: String, extensions: UnsafeMutablePointer<cmark_llist>?) {
        self.root = root
        self.basePath = basePath
        self.extensions = extensions
    }

    /// Removes the first block when it is a heading and returns its text.
    func removeLeadingHeading() -> String? {
        guard let first = cmark_node_first_child(root), cmark_node_get_type(first) == CMARK_NODE_HEADING else { return nil }
        let text = Self.plainText(of: first)
        guard !text.isEmpty else { return nil }
        cmark_node_unlink(first)
        cmark_node_free(first)
        return text
    }

    /// Removes the first block when it is a one-line paragraph that reads as a title (short, no
    /// closing punctuation) and more follows it; returns its text.
    func removeLeadingLine() -> String? {
        guard let first = cmark_node_first_child(root), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH,
              cmark_node_next(first) != nil else { return nil }
        var child = cmark_node_first_child(first)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK || cmark_node_get_type(node) == CMARK_NODE_LINEBREAK { return nil }
            child = cmark_node_next(node)
        }
        let text = Self.plainText(of: first)
        guard PlainText.isTitleLike(text) else { return nil }
        cmark_node_unlink(first)
        cmark_node_free(first)
        return text
    }

    /// Gives every heading an id and makes link and image URLs safe and base-path aware.
    func rewriteHeadingsAndLinks() -> [MarkdownDocument.Heading] {
        var headingNodes: [OpaquePointer] = []
        forEachNode { node, type in
            switch type {
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(node) {
                    imagesWithoutAlt += RawHTMLImages.sourcesWithoutAlt(in: String(cString: literal))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                rewriteURL(of: node)
                if type == CMARK_NODE_IMAGE, cmark_node_first_child(node) == nil {
                    imagesWithoutAlt.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                }
            default:
                break
            }
        }
        var slugger = HeadingSlugger()
        return headingNodes.map { node in
            let text = Self.plainText(of: node)
            let level = Int(cmark_node_get_heading_level(node))
            let id = slugger.uniqueSlug(for: text)
            replaceHeading(node, level: level, id: id)
            return MarkdownDocument.Heading(level: level, id: id, text: text)
        }
    }

    func firstParagraphText() -> String? {
        var child = cmark_node_first_child(root)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                let text = Self.plainText(of: node)
                if !text.isEmpty { return text }
            }
            child = cmark_node_next(node)
        }
        return nil
    }

    /// cmark-gfm cannot put attributes on a heading, so the heading is rendered on its own and
    /// replaced by an HTML block that carries the id. (Moving its inline children elsewhere
    /// would not do: their text points into the heading's buffer, freed with the heading.)
    private func replaceHeading(_ heading: OpaquePointer, level: Int, id: String) {
        guard let rendered = cmark_render_html(heading, MarkdownRenderer.options, extensions) else { return }
        var html = String(cString: rendered)
        free(rendered)
        let plainTag = "<h\(level)>"
        guard html.hasPrefix(plainTag), let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return }
        html = "<h\(level) id=\"\(id)\">" + html.dropFirst(plainTag.count)
        cmark_node_set_literal(block, html)
        if cmark_node_replace(heading, block) != 0 {
            cmark_node_free(heading)
        } else {
            cmark_node_free(block)
        }
    }

    private func rewriteURL(of node: OpaquePointer) {
        guard let pointer = cmark_node_get_url(node) else { return }
        let url = String(cString: pointer)
        if LinkPolicy.isDangerous(url) {
            cmark_node_set_url(node, "")
            return
        }
        let resolved = LinkPolicy.resolve(url, basePath: basePath)
        if resolved != url { cmark_node_set_url(node, resolved) }
    }

    private func forEachNode(_ body: (OpaquePointer, cmark_node_type) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            body(node, cmark_node_get_type(node))
        }
    }

    /// The text a reader sees in a node: its text, code and line breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
