import CCmarkGFM
import Foundation
import Links

/// Edits a parsed cmark tree before rendering: heading ids, unsafe URLs, and raw HTML as
/// `raw_html` says. Root-relative URLs stay as written; the base path is the render stage's
/// (`MarkdownDocument.html(basePath:)`).
///
/// Walks use cmark's own iterator, never recursion, so deeply nested input cannot exhaust
/// the stack.
final class TreeRewriter {
    let root: OpaquePointer
    private let rawHTML: RawHTMLMode
    /// The Markdown text, to turn cmark's byte columns into columns of characters.
    private let source: String
    private lazy var columns = ScalarColumns(text: source)
    /// The parser's extension list, so a heading renders exactly as in the document.
    private let extensions: UnsafeMutablePointer<cmark_llist>?
    /// The body's formulas, when it has any: plain text shows them as written.
    let math: MathPlaceholders?
    private(set) var imagesWithoutAlt: [MarkdownDocument.ImageWithoutAlt] = []
    private(set) var notices: [MarkdownDocument.Notice] = []

    init(
        root: OpaquePointer, source: String, options: MarkdownRenderer.Options, extensions: UnsafeMutablePointer<cmark_llist>?,
        math: MathPlaceholders? = nil
    ) {
        self.root = root
        self.math = math
        self.source = source
        self.rawHTML = options.rawHTML
        self.extensions = extensions
    }

    /// Removes the first block when it is a heading and returns its text.
    func removeLeadingHeading() -> String? {
        guard let first = cmark_node_first_child(root), cmark_node_get_type(first) == CMARK_NODE_HEADING else { return nil }
        let text = text(of: first)
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
        let text = text(of: first)
        guard PlainText.isTitleLike(text) else { return nil }
        cmark_node_unlink(first)
        cmark_node_free(first)
        return text
    }

    /// Gives every heading an id and empties link and image URLs that are not safe.
    func rewriteHeadingsAndLinks() -> [MarkdownDocument.Heading] {
        var headingNodes: [OpaquePointer] = []
        var htmlNodes: [OpaquePointer] = []
        forEachNode { node, type in
            switch type {
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                htmlNodes.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                rewriteURL(of: node, for: type == CMARK_NODE_IMAGE ? .image : .link)
                if type == CMARK_NODE_IMAGE, cmark_node_first_child(node) == nil {
                    imagesWithoutAlt.append(imageWithoutAlt(cmark_node_get_url(node).map { String(cString: $0) } ?? "", at: node))
                }
            default:
                break
            }
        }
        htmlNodes.forEach(rewriteRawHTML)
        var slugger = HeadingSlugger()
        return headingNodes.map { node in
            let text = text(of: node)
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
                let text = text(of: node)
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

    private func rewriteURL(of node: OpaquePointer, for purpose: URLPurpose) {
        guard let pointer = cmark_node_get_url(node) else { return }
        let url = String(cString: pointer)
        if !LinkPolicy.allows(url, for: purpose) {
            cmark_node_set_url(node, "")
            let message = purpose == .image
                ? "image source '\(url)' is not an image URL that can be shown; the image is left empty"
                : "link target '\(url)' is not a URL that can be linked; the link leads nowhere"
            notice(message, at: node)
        }
    }

    /// Keeps, sanitizes or escapes one piece of raw HTML.
    private func rewriteRawHTML(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { return }
        switch rawHTML {
        case .keep:
            imagesWithoutAlt += RawHTMLImages.sourcesWithoutAlt(in: literal).map { imageWithoutAlt($0, at: node) }
        case .sanitize:
            let sanitized = RawHTMLSanitizer.sanitize(literal)
            if sanitized.html != literal { cmark_node_set_literal(node, sanitized.html) }
            imagesWithoutAlt += RawHTMLImages.sourcesWithoutAlt(in: sanitized.html).map { imageWithoutAlt($0, at: node) }
            // Removals come in order of offset: walk the literal once to place them all.
            var scalars = literal.unicodeScalars.makeIterator()
            var (offset, lineDelta, columnDelta) = (0, 0, 0)
            for removal in sanitized.removals {
                while offset < removal.offset, let scalar = scalars.next() {
                    offset += 1
                    (lineDelta, columnDelta) = scalar == "\n" ? (lineDelta + 1, 0) : (lineDelta, columnDelta + 1)
                }
                notice(removal.message, at: node, lineDelta: lineDelta, columnDelta: columnDelta)
            }
        case .escape:
            replaceWithText(node, literal: literal)
        }
    }

    /// Raw HTML shown as text: an inline piece becomes text, a block a paragraph of text.
    private func replaceWithText(_ node: OpaquePointer, literal: String) {
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        var replacement = text
        if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
            var shown = literal
            while let last = shown.last, last == "\n" || last == "\r\n" { shown.removeLast() }
            cmark_node_set_literal(text, shown)
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else {
                cmark_node_free(text)
                return
            }
            cmark_node_append_child(paragraph, text)
            replacement = paragraph
        } else {
            cmark_node_set_literal(text, literal)
        }
        if cmark_node_replace(node, replacement) != 0 {
            cmark_node_free(node)
        } else {
            cmark_node_free(replacement)
        }
    }

    /// Records a notice at a node, or at a place in its literal (lines and scalars after its
    /// start). A place on a later line of the literal takes the node's column as that line's indent.
    private func notice(_ message: String, at node: OpaquePointer, lineDelta: Int = 0, columnDelta: Int = 0) {
        let line = Int(cmark_node_get_start_line(node))
        let column = columns.column(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
        notices.append(MarkdownDocument.Notice(line: line + lineDelta, column: column + columnDelta, message: message))
    }

    private func imageWithoutAlt(_ url: String, at node: OpaquePointer) -> MarkdownDocument.ImageWithoutAlt {
        let line = Int(cmark_node_get_start_line(node))
        return MarkdownDocument.ImageWithoutAlt(url: url, line: line, column: columns.column(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
    }

    func forEachNode(_ body: (OpaquePointer, cmark_node_type) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            body(node, cmark_node_get_type(node))
        }
    }

    /// The text a reader sees in a node, formulas as written.
    private func text(of node: OpaquePointer) -> String {
        let text = Self.plainText(of: node)
        return math?.restore(text) ?? text
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
        // Foundation's `trimmingCharacters` bridges through NSString: a tenth of all parsing.
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        // A copy, not the appended string: that one's buffer grew by doubling, and summaries and
        // headings are kept for every page of the site.
        return String(decoding: Array(text.utf8[first..<scalars.index(after: last)]), as: UTF8.self)
    }
}
