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
        guard let frontMatter = PageFrontMatter.decode(root, decoder: decoder), !decoder.hasErrors else {
            return (nil, decoder.diagnostics)
        }
        let options = MarkdownRenderer.Options(basePath: basePath, extractLeadingHeading: frontMatter.title == nil)
        let body = markdown.render(source.body, options: options)
        var diagnostics = decoder.diagnostics
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
