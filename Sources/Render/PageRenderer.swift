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
    ///
    /// With `emit`, each page is handed to it as soon as it is rendered (on the rendering
    /// thread) and not kept: the output's `files` stay empty and its memo holds no outputs,
    /// so a build that writes as it renders never holds the whole site in memory.
    ///
    /// With `emit` and `kept`, the stage lets go of what it can as it goes, for a build that
    /// keeps nothing for a next one: the pages that are not lists render first, each from views
    /// made for it alone (of which only its summary is kept), and each lets go of its body's
    /// HTML once emitted unless it is one of `kept` (the pages whose HTML a later stage reads);
    /// the lists render last, from every page's summary. Every body and every view of every
    /// page are never held at once.
    public func render(
        _ site: Site, reusing previous: RenderMemo? = nil, emit: (@Sendable (RenderedFile) -> Void)? = nil,
        keepingBodiesOf kept: Set<SitePage.ID>? = nil
    ) -> Output {
        let builder = ViewBuilder(site: site)
        let siteView = builder.siteView()
        let isSame = previous.map { $0.templateTexts == templates.texts && $0.views.siteView == siteView } ?? false
        let listed = ListedEntries(templates: templates, siteView: siteView, isSame: isSame)
        let earlierEntries = previous?.entries(for: templates) ?? [:]
        let pages = site.pages.filter { $0.role != .listedOnly }
        func renderAll(_ pages: [SitePage], views: ViewMemo) -> [Result<RenderedPage, Diagnostic>] {
            pages.parallelMap { page in
                let result = render(page, builder: builder, views: views, listed: listed, earlier: earlierEntries[page.outputPath])
                guard let emit, case .success(var rendered) = result else { return result }
                emit(RenderedFile(path: rendered.path, contents: rendered.entry.contents))
                rendered.entry = RenderMemo.Entry(template: rendered.entry.template, view: [:], contents: [])
                rendered.pageView = [:]
                if let kept {
                    if !kept.contains(page.id) { page.content.releaseBodyHTML() }
                } else {
                    rendered.summary = [:]
                }
                return .success(rendered)
            }
        }
        var views: ViewMemo
        let results: [Result<RenderedPage, Diagnostic>]
        var updated: (previous: RenderMemo, indices: [Int])?
        if emit == nil, let previous, let indices = Self.pagesToLookAt(in: site, previous: previous, builder: builder, isSame: isSame) {
            views = ViewMemo(site: site, builder: builder, entries: listed, earlier: previous.views, only: indices)
            results = renderAll(indices.map { site.pages[$0] }.filter { $0.role != .listedOnly }, views: views)
            updated = (previous, indices)
        } else if emit != nil, kept != nil {
            let perPage = ViewMemo(siteViewsOf: site, builder: builder, entries: listed)
            let firstResults = renderAll(pages.filter { $0.role != .sectionList }, views: perPage)
            var summaries: [ViewMemo.PageKey: [String: ViewValue]] = [:]
            for case .success(let rendered) in firstResults { summaries[rendered.key] = rendered.summary }
            views = ViewMemo(site: site, builder: builder, entries: listed, earlier: nil, summaries: summaries)
            // The longest lists first, so that the last to finish is a short one.
            let lists = pages.filter { $0.role == .sectionList }.sorted { $0.listedPages.count > $1.listedPages.count }
            results = firstResults + renderAll(lists, views: views)
        } else {
            views = ViewMemo(site: site, builder: builder, entries: listed, earlier: previous?.views)
            results = renderAll(pages, views: views)
        }
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        var renderedCount = 0
        var entries: [String: RenderMemo.Entry] = [:]
        if let updated {
            entries = updated.previous.entries
            // A page that moved leaves no output at its old path.
            for index in updated.indices where updated.previous.pages[index].outputPath != site.pages[index].outputPath {
                entries[updated.previous.pages[index].outputPath] = nil
            }
        }
        var pageViews: [ViewMemo.PageKey: [String: ViewValue]] = [:]
        for result in results {
            switch result {
            case .success(let rendered):
                if rendered.fresh { renderedCount += 1 }
                guard emit == nil else { continue }
                files.append(RenderedFile(path: rendered.path, contents: rendered.entry.contents))
                entries[rendered.path] = rendered.entry
                pageViews[rendered.key] = rendered.pageView
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        if updated != nil {
            files = pages.compactMap { page in entries[page.outputPath].map { RenderedFile(path: page.outputPath, contents: $0.contents) } }
        }
        views.record(pageViews: pageViews, updating: updated != nil)
        let next = RenderMemo(templateTexts: templates.texts, entries: entries, views: views, pages: site.pages)
        return Output(files: files, diagnostics: diagnostics, memo: next, renderedCount: renderedCount)
    }

    /// The places in `site` of the pages to render when it is the site `previous` was rendered
    /// for with a few pages changed: those pages, and the pages that see others (lists, the
    /// home page). Nil when the whole site is to be looked at: the templates, site view, summary
    /// inputs or menu changed, pages came, went or moved, or too many changed for a look at
    /// each to pay.
    private static func pagesToLookAt(in site: Site, previous: RenderMemo, builder: ViewBuilder, isSame: Bool) -> [Int]? {
        guard isSame, previous.views.inputs == builder.summaries.inputs, previous.views.menuInputs == builder.menuInputs,
              previous.pages.count == site.pages.count else { return nil }
        var indices: [Int] = []
        for (index, (page, old)) in zip(site.pages, previous.pages).enumerated()
        where !page.isIdentical(to: old) || ViewBuilder.seesOtherPages(page) {
            guard page.id == old.id else { return nil }
            indices.append(index)
        }
        return indices.count <= max(64, site.pages.count / 8) ? indices : nil
    }

    private struct RenderedPage: Sendable {
        var path: String
        var key: ViewMemo.PageKey
        var entry: RenderMemo.Entry
        var pageView: [String: ViewValue]
        /// What lists show of the page.
        var summary: [String: ViewValue]
        /// Rendered now, rather than taken from the memo.
        var fresh: Bool
    }

    private func render(
        _ page: SitePage, builder: ViewBuilder, views: ViewMemo, listed: ListedEntries, earlier: RenderMemo.Entry?
    ) -> Result<RenderedPage, Diagnostic> {
        let name: String
        switch templateName(for: page) {
        case .success(let found): name = found
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let key = ViewMemo.key(of: page)
        // A page that sees what the earlier build rendered it from: itself, the site, and for a
        // list the pages it lists.
        if let earlier, earlier.template == name, !ViewBuilder.seesUnlistedPages(page),
           let known = views.earlierViews(of: page), let view = known.view {
            return .success(RenderedPage(path: page.outputPath, key: key, entry: earlier, pageView: view, summary: known.summary, fresh: false))
        }
        let summary = views.summary(of: page, builder: builder)
        let pageView = views.pageView(for: page, summary: summary, builder: builder)
        let view = builder.context(
            for: page, siteView: views.siteView(for: page, builder: builder), pageView: pageView,
            summary: { views.listed($0, builder: builder, entries: listed) })
        if let earlier, earlier.template == name, earlier.view == view {
            return .success(RenderedPage(path: page.outputPath, key: key, entry: earlier, pageView: pageView, summary: summary, fresh: false))
        }
        let contents = templates.render(view, template: name)
        let entry = RenderMemo.Entry(template: name, view: view, contents: contents)
        return .success(RenderedPage(path: page.outputPath, key: key, entry: entry, pageView: pageView, summary: summary, fresh: true))
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
