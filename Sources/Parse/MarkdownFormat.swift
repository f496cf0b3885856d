import Diagnostics
import Load
import Markdown
import Models

/// Markdown files (`.md`, and Jekyll's `.markdown`, `.mdown`, `.mkd`) with optional YAML front
/// matter: one page each.
public struct MarkdownFormat: SourceFormat {
    public let fileExtensions = PageContext.markdownExtensions
    /// Made once: making one registers cmark's extensions under the lock every parse takes.
    private let markdown = MarkdownRenderer()

    public init() {}

    public func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        let parser = PageParser(markdown: markdown, rawHTML: settings.rawHTML, mathMacros: settings.mathMacros)
        let outcome = parser.parse(file)
        return (outcome.page.map { [$0] } ?? [], outcome.diagnostics)
    }
}
