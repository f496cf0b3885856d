import Diagnostics
import Links
import Load
import Markdown
import Models
import TeXMath
import YAML

/// Parses one Markdown file into its page: split, YAML, typed front matter, Markdown.
struct PageParser: Sendable {
    let yaml = YAMLParser()
    let markdown: MarkdownRenderer
    let rawHTML: RawHTMLMode
    let mathMacros: MathMacros
    /// Warnings about removed links and raw HTML listed per page; the rest are counted.
    static let noticesShownPerPage = 20

    func parse(_ file: SourceFile) -> (page: ParsedPage?, diagnostics: [Diagnostic]) {
        let source: SourcePage
        switch SourcePage.split(file) {
        case .success(let split): source = split
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let decoder = YAMLDecoder(path: file.path, lineOffset: source.frontMatterLineOffset, lines: source.lines)
        var root: YAMLNode?
        if let frontMatter = source.frontMatter {
            do {
                root = try yaml.parse(frontMatter)
            } catch {
                decoder.report(error)
                return (nil, decoder.diagnostics)
            }
        }
        let fileName = String(file.path.split(separator: "/").last ?? "")
        // "Needs 'key'" errors point at the file's first line: the opening `---`, or the text.
        let context = PageContext(
            path: file.path, fileDate: DatePrefix.split(fileName)?.date,
            missingKeyMark: YAMLMark(line: 1 - source.frontMatterLineOffset, column: 1))
        guard let frontMatter = PageFrontMatter.decode(root, decoder: decoder, context: context), !decoder.hasErrors else {
            return (nil, decoder.diagnostics)
        }
        var body: MarkdownDocument
        if source.frontMatter == nil, PlainText.isPlainText(source.body) {
            body = PlainText.render(source.body, extractTitle: true, mathMacros: mathMacros)
        } else {
            let options = MarkdownRenderer.Options(
                extractLeadingHeading: frontMatter.title == nil, extractLeadingLine: source.frontMatter == nil, rawHTML: rawHTML,
                mathMacros: mathMacros)
            // Jekyll runs Liquid in files with front matter only.
            let liquid = source.frontMatter == nil ? nil : LiquidRewrite.apply(to: source.body)
            body = markdown.render(liquid?.text ?? source.body, options: options)
            if let liquid { body.notices = (liquid.notices + body.notices).sorted { ($0.line, $0.column) < ($1.line, $1.column) } }
        }
        if PageModel.requiresTitle(frontMatter.kind), !frontMatter.model.isEnrichment, frontMatter.title == nil, body.extractedTitle == nil {
            decoder.report(.error, "a \(frontMatter.kind.displayName) needs a 'title' (or a first line or heading that gives one)", at: context.missingKeyMark)
            return (nil, decoder.diagnostics)
        }
        var diagnostics = decoder.diagnostics
        diagnostics += FrontMatterFormulas.warnings(in: root, decoder: decoder, lines: source.lines, macros: mathMacros)
        for image in body.imagesWithoutAlt {
            let line = source.bodyStartLine + image.line - 1
            diagnostics.append(.warning(
                "image '\(image.url)' has no alt text; describe it for readers who cannot see it: ![description](\(image.url))",
                at: SourceLocation(path: file.path, line: line, column: image.column), sourceLine: source.lines.line(line)))
        }
        for notice in body.notices.prefix(Self.noticesShownPerPage) {
            let line = source.bodyStartLine + notice.line - 1
            let location = SourceLocation(path: file.path, line: line, column: notice.column)
            diagnostics.append(.warning(notice.message, at: location, sourceLine: source.lines.line(line)))
        }
        if body.notices.count > Self.noticesShownPerPage, let last = body.notices.last {
            let location = SourceLocation(path: file.path, line: source.bodyStartLine + last.line - 1, column: last.column)
            diagnostics.append(.warning("\(body.notices.count - Self.noticesShownPerPage) more warnings about this file's text (Liquid, removed links or raw HTML, formulas) are not listed", at: location))
        }
        var anchors = ["file": SourceAnchor(location: .start(of: file.path), line: source.lines.line(1))]
        for (key, mark) in frontMatter.marks {
            let location = decoder.location(of: mark)
            anchors[key] = SourceAnchor(location: location, line: source.lines.line(location.line))
        }
        return (ParsedPage(sourcePath: file.path, frontMatter: frontMatter, body: body, anchors: anchors), diagnostics)
    }
}
