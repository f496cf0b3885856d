import Diagnostics
import Mustache

/// The compiled templates of a theme, checked: syntax errors and references to missing
/// partials or layouts are positioned diagnostics, never silently empty output.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let names: Set<String>
    /// Each template's text by name: two sets with equal texts render alike.
    public let texts: [String: String]

    /// Compiles every template of `theme`; a template whose text is the same in `previous`
    /// is taken from it instead of being parsed again.
    public static func compile(_ theme: Theme, reusing previous: TemplateSet? = nil) -> (templates: TemplateSet?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            if let previous, previous.texts[name] == template.text, let compiled = previous.library.getTemplate(named: name) {
                library.register(compiled, named: name)
                continue
            }
            do {
                library.register(try MustacheTemplate(string: template.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(path: template.displayPath, line: error.context.lineNumber, column: error.context.columnNumber)
                diagnostics.append(.error("template syntax: \(describe(error.error))", at: location, sourceLine: error.context.line))
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
        return (TemplateSet(library: library, names: Set(texts.keys), texts: texts), diagnostics)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than the one it was opened with"
        case .unfinishedName: return "a tag is not closed (missing '}}')"
        case .expectedSectionEnd: return "a section is never closed (missing '{{/name}}')"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to a layout block"
        case .illegalTokenInsideInheritSection: return "only blocks ({{$name}}) may stand inside a layout call"
        case .textInsideInheritSection: return "only blocks ({{$name}}) may stand inside a layout call"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid pragma"
        case nil: return "\(error)"
        }
    }
}
