import Content
import Diagnostics
import Markdown
import Models
import Site
import YAML

/// The parse stage for one content file: split, YAML, typed front matter, Markdown.
struct PageParser: Sendable {
    let yaml = YAMLParser()
    let markdown = MarkdownRenderer()
    let basePath: String

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
            path: file.path, fileDate: Route.datePrefix(of: fileName)?.date,
            missingKeyMark: YAMLMark(line: 1 - source.frontMatterLineOffset, column: 1))
        guard let frontMatter = PageFrontMatter.decode(root, decoder: decoder, context: context), !decoder.hasErrors else {
            return (nil, decoder.diagnostics)
        }
        let body: MarkdownDocument
        if source.frontMatter == nil, PlainText.isPlainText(source.body) {
            body = PlainText.render(source.body, extractTitle: true)
        } else {
            let options = MarkdownRenderer.Options(
                basePath: basePath, extractLeadingHeading: frontMatter.title == nil, extractLeadingLine: source.frontMatter == nil)
            body = markdown.render(source.body, options: options)
        }
        if PageModel.requiresTitle(frontMatter.kind), frontMatter.title == nil, body.extractedTitle == nil {
            decoder.report(.error, "a \(frontMatter.kind.displayName) needs a 'title' (or a first line or heading that gives one)", at: context.missingKeyMark)
            return (nil, decoder.diagnostics)
        }
        var diagnostics = decoder.diagnostics
        for warning in body.warnings {
            let line = source.bodyStartLine + warning.line - 1
            diagnostics.append(.warning(
                warning.message, at: SourceLocation(path: file.path, line: line, column: warning.column),
                sourceLine: source.lines.line(line)))
        }
        for url in body.imagesWithoutAlt {
            diagnostics.append(.warning("image '\(url)' has no alt text; describe it for readers who cannot see it: ![description](\(url))",
                                        at: .start(of: file.path)))
        }
        var anchors = ["file": SourceAnchor(location: .start(of: file.path), line: source.lines.line(1))]
        for (key, mark) in frontMatter.marks {
            let location = decoder.location(of: mark)
            anchors[key] = SourceAnchor(location: location, line: source.lines.line(location.line))
        }
        return (ParsedPage(sourcePath: file.path, frontMatter: frontMatter, body: body, anchors: anchors), diagnostics)
    }
}
