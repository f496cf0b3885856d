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

    /// The render stage's result: the files, the errors, and what a later build may reuse.
    public struct Output: Sendable {
        public var files: [RenderedFile]
        public var diagnostics: [Diagnostic]
        public var memo: RenderMemo
        /// How many pages were rendered rather than taken from the memo.
        public var renderedCount: Int
    }

    /// Renders every page; a page whose template and view are the same as in `previous`
    /// keeps its previous output.
    public func render(_ site: Site, reusing previous: RenderMemo? = nil) -> Output {
        let builder = UncheckedBox(ViewModelBuilder(site: site, earlier: previous))
        let memo = UncheckedBox(previous?.valid(for: templates))
        let results = site.pages.filter { $0.role != .listedOnly }.parallelMap { page in
            UncheckedBox(render(page, builder: builder.value, previous: memo.value))
        }
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        var renderedCount = 0
        var entries: [String: RenderMemo.Entry] = [:]
        var pageViews: [SitePage.ID: [String: Any]] = [:]
        for result in results {
            switch result.value {
            case .success(let rendered):
                files.append(RenderedFile(path: rendered.path, contents: rendered.entry.contents))
                entries[rendered.path] = rendered.entry
                pageViews[rendered.key] = rendered.pageView
                if rendered.fresh { renderedCount += 1 }
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let views = builder.value
        let next = RenderMemo(
            templateTexts: templates.texts, entries: entries, pages: views.pageViews(rendered: pageViews),
            siteInputs: views.models.inputs, siteView: views.siteView, siteViewsByMenu: views.siteViewsByMenu)
        return Output(files: files, diagnostics: diagnostics, memo: next, renderedCount: renderedCount)
    }

    private typealias RenderedPage = (path: String, key: SitePage.ID, entry: RenderMemo.Entry, pageView: [String: Any], fresh: Bool)

    private func render(_ page: SitePage, builder: ViewModelBuilder, previous: RenderMemo?) -> Result<RenderedPage, Diagnostic> {
        let name: String
        switch templateName(for: page) {
        case .success(let found): name = found
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let pageView = builder.pageView(for: page)
        let view = builder.context(for: page, pageView: pageView)
        let key = ViewModelBuilder.key(of: page)
        if let contents = previous?.contents(for: page.outputPath, template: name, view: view) {
            return .success((page.outputPath, key, RenderMemo.Entry(template: name, view: view, contents: contents), pageView, false))
        }
        let contents = Array((templates.library.render(view, withTemplate: name) ?? "").utf8)
        return .success((page.outputPath, key, RenderMemo.Entry(template: name, view: view, contents: contents), pageView, true))
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
