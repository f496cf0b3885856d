import Diagnostics
import Load
import Models
import Parse
@testable import Render
import Site
import Testing
import YAML

/// A site assembled in memory from `site.yml` and content files, for the render stage's own
/// tests: no output folder, no HTML, only the views.
struct ViewTestSite {
    let site: Site

    init(config: String = "title: Lab\n", _ files: [String: String], on day: String = "2026-06-01", basePath: String? = nil) throws {
        let decoder = YAMLDecoder(path: "site.yml", lines: LineIndex(text: config))
        var siteConfig = try #require(SiteConfig.decode(try YAMLParser().parse(config), decoder: decoder, defaultTitle: "site"))
        #expect(decoder.diagnostics.isEmpty, "\(decoder.diagnostics)")
        if let basePath { siteConfig.basePath = basePath }
        let settings = ParseSettings(rawHTML: siteConfig.rawHTML)
        var pages: [ParsedPage] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let outcome = MarkdownFormat().parse(SourceFile(path: path, bytes: Array(text.utf8)), settings: settings)
            #expect(!outcome.diagnostics.hasErrors, "\(path): \(outcome.diagnostics)")
            pages += outcome.pages
        }
        let buildDate = try #require(ContentDate(parsing: day))
        site = SiteAssembler(config: siteConfig, buildDate: buildDate, includeDrafts: false).assemble(pages).site
    }

    var builder: ViewBuilder { ViewBuilder(site: site) }

    /// The built-in theme's entry partials, as the render stage renders them for lists.
    var listedEntries: ListedEntries {
        get throws {
            let templates = try #require(TemplateSet.compile(Theme.builtin).templates)
            return ListedEntries(templates: templates, siteView: builder.siteView(), isSame: false)
        }
    }

    func page(_ route: String) throws -> SitePage {
        try #require(site.pages.first { $0.route == route && $0.role != .listedOnly } ?? site.pages.first { $0.route == route })
    }

    /// A page's summary, as lists show it.
    func summary(_ route: String) throws -> ViewValue {
        .object(builder.summaries.summary(of: try page(route)))
    }

    /// Everything the page's template sees, made without any earlier build.
    func context(_ route: String) throws -> ViewValue {
        let page = try page(route)
        let builder = builder
        let entries = try listedEntries
        let memo = ViewMemo(site: site, builder: builder, entries: entries, earlier: nil)
        let pageView = memo.pageView(for: page, summary: memo.summary(of: page, builder: builder), builder: builder)
        return .object(builder.context(
            for: page, siteView: memo.siteView(for: page, builder: builder), pageView: pageView,
            summary: { memo.listed($0, builder: builder, entries: entries) }))
    }
}

extension ViewValue {
    /// The value under `key` when this is an object.
    subscript(key: String) -> ViewValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }

    /// The value at a dotted path (`page.date.year`), or at an index for lists (`authors.1.name`).
    func at(_ path: String) -> ViewValue? {
        var value: ViewValue? = self
        for part in path.split(separator: ".") {
            switch value {
            case .object(let fields): value = fields[String(part)]
            case .list(let items): value = Int(part).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return value
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    var items: [ViewValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    var keys: Set<String> {
        if case .object(let fields) = self { return Set(fields.keys) }
        return []
    }
}
