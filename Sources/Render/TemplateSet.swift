import Diagnostics
import Load
import Mustache

/// The compiled templates of a theme, checked: syntax errors and references to missing
/// partials or layouts are positioned diagnostics, never silently empty output.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let names: Set<String>
    /// Each template's text by name: two sets with equal texts render alike.
    public let texts: [String: String]
    /// The templates `ViewTemplateParser` took, by name: those render without swift-mustache.
    let viewTemplates: [String: ViewTemplate]

    /// Renders the template `name` over `view`: with `ViewTemplateRenderer` when it can, else
    /// (and for templates it does not take) with swift-mustache, which renders them alike.
    func render(_ view: [String: ViewValue], template name: String) -> [UInt8] {
        if let template = viewTemplates[name] {
            var renderer = ViewTemplateRenderer(templates: viewTemplates, names: names, root: view)
            if (try? renderer.render(template)) != nil { return renderer.output }
        }
        return Array((library.render(view, withTemplate: name) ?? "").utf8)
    }

    /// Compiles every template of `theme`; a template whose text is the same in `previous`
    /// is taken from it instead of being parsed again.
    public static func compile(_ theme: Theme, reusing previous: TemplateSet? = nil) -> (templates: TemplateSet?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var viewTemplates: [String: ViewTemplate] = [:]
        _ = TemplateEscaping.registered
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            if let previous, previous.texts[name] == template.text, let compiled = previous.library.getTemplate(named: name) {
                library.register(compiled, named: name)
                viewTemplates[name] = previous.viewTemplates[name]
                continue
            }
            do {
                library.register(try MustacheTemplate(string: TemplateEscaping.pragma + template.text), named: name)
                viewTemplates[name] = ViewTemplateParser.parse(TemplateEscaping.pragma + template.text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(syntaxError(error, in: template))
            } catch {
                diagnostics.append(.error("template syntax: \(error)", at: .start(of: template.displayPath)))
            }
        }
        let lines: (Theme.Template, Int) -> String? = { template, number in LineIndex(text: template.text).line(number) }
        for (_, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            for reference in TemplateReferenceScanner.references(in: template.text) where theme.templates[reference.name] == nil {
                let what = reference.isParent ? "layout" : "partial"
                let location = SourceLocation(path: template.displayPath, line: reference.line, column: reference.column)
                diagnostics.append(.error(
                    "\(what) '\(reference.name)' does not exist (looked for templates/\(reference.name)\(Theme.templateExtension) in the site and the built-in theme)",
                    at: location, sourceLine: lines(template, reference.line)))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let texts = theme.templates.mapValues(\.text)
        return (TemplateSet(library: library, names: Set(texts.keys), texts: texts, viewTemplates: viewTemplates), diagnostics)
    }

    private static func syntaxError(_ error: MustacheTemplate.ParserError, in template: Theme.Template) -> Diagnostic {
        guard let known = error.error as? MustacheTemplate.Error else {
            // swift-mustache's only other parse error is its reader running past the end of
            // the text: a tag (or comment) opened and never closed.
            let lines = LineIndex(text: template.text)
            let position = lines.position(ofByte: unclosedTagOffset(in: template.text))
            return .error(
                "template syntax: a tag is not closed at the end of the file (missing '}}')",
                at: SourceLocation(path: template.displayPath, line: position.line, column: position.column),
                sourceLine: lines.line(position.line))
        }
        // One line less: the text was compiled behind `TemplateEscaping.pragma`.
        let location = SourceLocation(path: template.displayPath, line: error.context.lineNumber - 1, column: error.context.columnNumber)
        return .error("template syntax: \(describe(known))", at: location, sourceLine: error.context.line)
    }

    /// The byte offset of the last `{{` (with any braces just before it) that no `}}` follows,
    /// or the end of the text when there is none (the template changed its delimiters).
    private static func unclosedTagOffset(in text: String) -> Int {
        let bytes = Array(text.utf8)
        let brace = UInt8(ascii: "{")
        var offset = bytes.count - 1
        var sawClose = false
        while offset > 0 {
            if bytes[offset] == UInt8(ascii: "}"), bytes[offset - 1] == UInt8(ascii: "}") { sawClose = true }
            if bytes[offset] == brace, bytes[offset - 1] == brace {
                guard !sawClose else { break }
                var start = offset - 1
                while start > 0, bytes[start - 1] == brace { start -= 1 }
                return start
            }
            offset -= 1
        }
        return bytes.count
    }

    private static func describe(_ error: MustacheTemplate.Error) -> String {
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than the one it was opened with"
        case .unfinishedName: return "expected the end of the tag here ('}}', or '}}}' after '{{{'): a tag holds one name, like '{{page.title}}'"
        case .expectedSectionEnd: return "a section is never closed (missing '{{/name}}')"
        case .invalidSetDelimiter: return "invalid set-delimiter tag (expected '{{=<start> <end>=}}')"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to a layout block"
        case .illegalTokenInsideInheritSection: return "only blocks ({{$name}}) may stand inside a layout call"
        case .textInsideInheritSection: return "only blocks ({{$name}}) may stand inside a layout call"
        case .invalidConfigVariableSyntax: return "invalid pragma tag (expected '{{% NAME: value}}')"
        case .unrecognisedConfigVariable: return "unknown pragma (the only one is '{{% CONTENT_TYPE: HTML}}' or TEXT)"
        }
    }
}
