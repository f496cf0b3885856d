import CCmarkGFM
import Foundation
import Links
import TeXMath

/// Renders GitHub-flavoured Markdown to HTML with cmark-gfm.
///
/// Parses run at once on every core where `CmarkParsing` allows it (see there for cmark-gfm's
/// one shared table); the HTML rendering of the finished tree touches no shared state.
public struct MarkdownRenderer: Sendable {
    public struct Options: Sendable, Hashable {
        /// When the document opens with a heading, take it out and report it as the title.
        public var extractLeadingHeading: Bool
        /// Failing a heading, take a short first line standing alone as the title (for pages
        /// without front matter).
        public var extractLeadingLine: Bool
        /// What becomes of raw HTML: kept, sanitized or shown as text.
        public var rawHTML: RawHTMLMode
        /// The site's `math_macros`, known to every formula.
        public var mathMacros: MathMacros

        public init(
            extractLeadingHeading: Bool = false, extractLeadingLine: Bool = false, rawHTML: RawHTMLMode = .keep,
            mathMacros: MathMacros = .none
        ) {
            self.extractLeadingHeading = extractLeadingHeading
            self.extractLeadingLine = extractLeadingLine
            self.rawHTML = rawHTML
            self.mathMacros = mathMacros
        }
    }

    /// Raw HTML reaches the tree (researchers write `<br/>` and `<img>`) and is kept, sanitized
    /// or escaped there as `Options.rawHTML` says; the GFM tag filter still disarms `<script>`,
    /// `<iframe>` and the like; tables align with `style`, not the obsolete `align` attribute.
    static let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    public init() {}

    /// Whether documents are parsed concurrently on this platform rather than one at a time.
    public static var parsesConcurrently: Bool { CmarkParsing.isConcurrent }

    /// The version of the cmark-gfm library in use (`0.29.0.gfm.6`): another may render differently.
    public static var libraryVersion: String { String(cString: cmark_version_string()) }

    public func render(_ markdown: String, options: Options = Options()) -> MarkdownDocument {
        let spans = MathScanner.spans(in: markdown)
        let math = spans.isEmpty ? nil : MathPlaceholders(source: markdown, spans: spans)
        let guarded = MarkdownInputGuard.defuse(math?.text ?? markdown)
        let finished = CmarkParsing.run { () -> ParsedTree? in
            guard let parser = CmarkParsing.newParser(options: Self.options) else { return nil }
            var text = guarded.text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            guard let root = cmark_parser_finish(parser) else {
                cmark_parser_free(parser)
                return nil
            }
            return ParsedTree(parser: parser, root: root)
        }.map { tree in
            defer { tree.free() }
            return Self.finish(tree, source: math?.text ?? markdown, options: options, math: math)
        }
        var document = finished?.document ?? .empty
        document.notices.insert(contentsOf: guarded.warnings, at: 0)
        if let math {
            // Placed in the text cmark-gfm read, where placeholders stand for formulas.
            document.notices = math.moveToSource(document.notices)
        }
        document.notices += finished?.mathNotices ?? []
        return document
    }

    private static func finish(
        _ tree: ParsedTree, source: String, options: Options, math: MathPlaceholders?
    ) -> (document: MarkdownDocument, mathNotices: [MarkdownDocument.Notice]) {
        let extensions = cmark_parser_get_syntax_extensions(tree.parser)
        let rewrite = TreeRewriter(root: tree.root, source: source, options: options, extensions: extensions, math: math)
        let formulas = math.map(rewrite.settleMath) ?? []
        var extractedTitle = options.extractLeadingHeading ? rewrite.removeLeadingHeading() : nil
        if extractedTitle == nil, options.extractLeadingLine { extractedTitle = rewrite.removeLeadingLine() }
        let summary = rewrite.firstParagraphText()
        let headings = rewrite.rewriteHeadingsAndLinks()
        var html: String
        if let rendered = cmark_render_html(tree.root, Self.options, extensions) {
            html = String(cString: rendered)
            free(rendered)
        } else {
            html = ""
        }
        var mathNotices: [MarkdownDocument.Notice] = []
        if let math {
            (html, mathNotices) = BodyMath.substitute(in: html, math: math, converting: formulas, macros: options.mathMacros)
        }
        let document = MarkdownDocument(
            html: html, headings: headings, extractedTitle: extractedTitle,
            summary: summary, imagesWithoutAlt: rewrite.imagesWithoutAlt, notices: rewrite.notices,
            hasMath: !formulas.isEmpty)
        return (document, mathNotices)
    }
}

/// A parser and the document it produced; both freed together once rendered.
struct ParsedTree: @unchecked Sendable {
    let parser: OpaquePointer
    let root: OpaquePointer

    func free() {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }
}
