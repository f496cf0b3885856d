import Content
import Diagnostics

/// Markdown files (`.md`) with optional YAML front matter: one page each.
public struct MarkdownFormat: SourceFormat {
    public let fileExtensions = ["md"]

    public init() {}

    public func parse(_ file: SourceFile, settings: ParseSettings) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        let parser = PageParser(basePath: settings.basePath, rawHTML: settings.rawHTML)
        let outcome = parser.parse(file)
        return (outcome.page.map { [$0] } ?? [], outcome.diagnostics)
    }
}
