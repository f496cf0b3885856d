import Diagnostics
import Foundation
import Models
import Parallel
import Site

/// Renders every page of a site through its template, in parallel over the cores.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ site: Site) -> (files: [RenderedFile], diagnostics: [Diagnostic]) {
        let builder = UncheckedBox(ViewModelBuilder(site: site))
        let results = site.pages.filter { $0.role != .listedOnly }.parallelMap { page in render(page, builder: builder.value) }
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, diagnostics)
    }

    private func render(_ page: SitePage, builder: ViewModelBuilder) -> Result<RenderedFile, Diagnostic> {
        let name: String
        switch templateName(for: page) {
        case .success(let found): name = found
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let html = templates.library.render(builder.context(for: page), withTemplate: name) ?? ""
        return .success(RenderedFile(path: page.outputPath, contents: Array(html.utf8)))
    }

    /// A page's `template:` if it names one; else the most specific template the theme has:
    /// `KIND` then `page` for content, `section-FOLDER`, `section-KIND` then `section` for lists, `404`.
    func templateName(for page: SitePage) -> Result<String, Diagnostic> {
        if let requested = page.frontMatter.template {
            if templates.names.contains(requested) { return .success(requested) }
            let message = "template '\(requested)' does not exist (no templates/\(requested).mustache in the site or the built-in theme)"
            let anchor = page.anchors["template"] ?? page.anchors["file"]
            return .failure(anchor?.error(message) ?? .error(message, at: nil))
        }
        let candidates: [String]
        switch page.role {
        case .content, .listedOnly: candidates = [page.kind.rawValue, "page"]
        case .sectionList: candidates = ["section-\(page.section ?? "")", "section-\(page.kind.rawValue)", "section"]
        case .notFound: candidates = ["404", "page"]
        }
        guard let name = candidates.first(where: templates.names.contains) else {
            return .failure(.error("no template for this page: add templates/\(candidates[0]).mustache", at: page.sourcePath.map(SourceLocation.start(of:))))
        }
        return .success(name)
    }
}

/// Holds a value that is built once and only read afterwards, so threads may share it
/// although its type (dictionaries of `Any` for Mustache) is not `Sendable`.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
