import Foundation
import Links
import Models
import Site

/// Builds what templates see: `site`, `page`, and for list pages `list`.
///
/// Values are dictionaries and arrays (swift-mustache renders them without reflection);
/// absent values are left out, so `{{#page.date}}` sections simply do not render.
/// Every text goes through Mustache's HTML escaping unless a template uses `{{{…}}}`,
/// which the theme does only for rendered Markdown (`page.content`).
struct ViewModelBuilder {
    let site: Site
    let siteView: [String: Any]
    let models: ModelViews
    /// Each page's summary, made once: lists, the home page and the page itself share it.
    private(set) var summaries: [SitePage.ID: [String: Any]] = [:]
    /// The site view with the menu, by which menu items are current: one per distinct menu.
    private(set) var siteViewsByMenu: [[Bool]: [String: Any]] = [:]
    /// Each page's site view (one of `siteViewsByMenu`), by `key(of:)`.
    private var siteViewsByPage: [SitePage.ID: [String: Any]] = [:]
    private let menuTargets: [(label: String, url: String)]
    private let earlier: RenderMemo?

    /// `earlier` holds the views of the previous build. A page unchanged since then keeps its
    /// summary without making it again; a view made again but equal to its earlier self is
    /// replaced by it. Either way, comparing views that hold it is an identity check.
    init(site: Site, earlier: RenderMemo? = nil) {
        self.site = site
        self.earlier = earlier
        let siteView = Self.siteView(site)
        if let old = earlier?.siteView, ViewEquality.equal(old, siteView) {
            self.siteView = old
        } else {
            self.siteView = siteView
        }
        models = ModelViews(site: site)
        let basePath = site.config.basePath
        menuTargets = site.config.menu.map { ($0.label, LinkPolicy.resolve($0.url.value, basePath: basePath)) }
        let sameInputs = earlier?.siteInputs == models.inputs
        for page in site.pages {
            let key = Self.key(of: page)
            let old = earlier?.pages[key]
            if let old, sameInputs, page.isUnchanged(from: old.page) {
                summaries[key] = old.summary
            } else {
                let fresh = makeSummary(of: page)
                summaries[key] = old.flatMap { ViewEquality.equal($0.summary, fresh) ? $0.summary : nil } ?? fresh
            }
            let current = menuCurrent(for: page)
            if siteViewsByMenu[current] == nil {
                let fresh = self.siteView.merging(["menu": menu(current: current)]) { $1 }
                let old = earlier?.siteViewsByMenu[current]
                siteViewsByMenu[current] = old.flatMap { ViewEquality.equal($0, fresh) ? $0 : nil } ?? fresh
            }
            siteViewsByPage[key] = siteViewsByMenu[current]
        }
    }

    /// Names a page across builds.
    static func key(of page: SitePage) -> SitePage.ID {
        page.id
    }

    /// What the memo keeps of each page for the next build, given the `page` views rendered.
    func pageViews(rendered views: [SitePage.ID: [String: Any]]) -> [SitePage.ID: RenderMemo.PageViews] {
        var pages: [SitePage.ID: RenderMemo.PageViews] = [:]
        for page in site.pages {
            let key = Self.key(of: page)
            pages[key] = RenderMemo.PageViews(page: page, summary: summary(of: page), view: views[key])
        }
        return pages
    }

    /// A page's own view, `page` in its template: its summary, its content and headings. Kept
    /// from the previous build when the summary is the same and the content the same object.
    func pageView(for page: SitePage) -> [String: Any] {
        let summary = summary(of: page)
        if let old = earlier?.pages[Self.key(of: page)], let view = old.view, old.page.content === page.content,
           ViewEquality.sameStorage(old.summary, summary) {
            return view
        }
        var view = summary
        view["content"] = page.body.html
        view["headings"] = page.body.headings.map { ["level": $0.level, "id": $0.id, "text": $0.text] }
        view["is_" + String(page.kind.rawValue.map { $0 == "-" ? "_" : $0 })] = true
        return view
    }

    /// Everything a page's template sees, around its `page` view.
    func context(for page: SitePage, pageView: [String: Any]) -> [String: Any] {
        var context: [String: Any] = [
            "site": siteViewsByPage[Self.key(of: page)] ?? siteView,
            "page": pageView,
        ]
        if page.role == .sectionList {
            context["list"] = list(of: page.listedPages.map { site.pages[$0] })
        }
        if page.kind == .home {
            context["recent"] = site.pages(ofKind: .news).prefix(5).map(summary(of:))
            context["selected"] = site.pages(ofKind: .publication).filter {
                if case .publication(let publication) = $0.frontMatter.model { return publication.selected }
                return false
            }.map(summary(of:))
        }
        return context
    }

    /// A list page's view: all pages, by year; seminars split into upcoming (soonest first,
    /// undated last) and past; job offers into open and closed.
    private func list(of pages: [SitePage]) -> [String: Any] {
        let entries = pages.map { (page: $0, view: summary(of: $0)) }
        let upcoming = entries.filter { models.isUpcoming($0.page) == true }
        let dated = upcoming.filter { $0.page.date != nil }.reversed()
        return [
            "pages": entries.map(\.view),
            "years": Self.groupedByYear(entries.map(\.view)),
            "upcoming": (dated + upcoming.filter { $0.page.date == nil }).map(\.view),
            "past": entries.filter { models.isUpcoming($0.page) == false }.map(\.view),
            "open": entries.filter { models.isOpen($0.page) == true }.map(\.view),
            "closed": entries.filter { models.isOpen($0.page) == false }.map(\.view),
        ]
    }

    /// What a list shows of a page, and the base of a page's own view.
    func summary(of page: SitePage) -> [String: Any] {
        summaries[Self.key(of: page)] ?? makeSummary(of: page)
    }

    private func makeSummary(of page: SitePage) -> [String: Any] {
        var view: [String: Any] = [
            "title": page.title,
            "kind": page.kind.rawValue,
            "url": url(page.route),
            "extra": YAMLViewValue.mapping(page.frontMatter.extra),
        ]
        if let date = page.date {
            var dateView = DateFormatting.view(date)
            if case .publication(let publication) = page.frontMatter.model, publication.yearOnly {
                dateView["display"] = String(date.year)
                dateView["datetime"] = String(date.year)
            }
            view["date"] = dateView
        }
        if let description = page.frontMatter.description ?? page.body.summary { view["summary"] = description }
        if let source = page.sourcePath { view["source"] = source }
        if let model = models.view(of: page) { view[model.key] = model.value }
        // A news item without a title shows whole in lists, like a dated bullet.
        if page.role == .listedOnly { view["content"] = page.body.html }
        return view
    }

    /// An internal URL with the base path, percent-encoded where a file name needs it.
    func url(_ route: String) -> String {
        models.inputs.basePath + PathEncoding.encode(route)
    }

    /// Which menu items lead to the page or to a folder that holds it (the home item only to itself).
    private func menuCurrent(for page: SitePage) -> [Bool] {
        let pageURL = url(page.route)
        return menuTargets.map { target in
            let isHome = target.url == site.config.basePath
            return target.url == pageURL || (!isHome && target.url.hasSuffix("/") && pageURL.hasPrefix(target.url))
        }
    }

    private func menu(current: [Bool]) -> [[String: Any]] {
        zip(menuTargets, current).map { target, isCurrent in
            var item: [String: Any] = ["label": target.label, "url": target.url]
            if isCurrent { item["current"] = true }
            return item
        }
    }

    private static func siteView(_ site: Site) -> [String: Any] {
        let config = site.config
        var view: [String: Any] = [
            "title": config.title,
            "language": config.language,
            "base_path": config.basePath,
            "assets": config.basePath + "assets/",
            "build_date": DateFormatting.view(site.buildDate),
            "extra": YAMLViewValue.mapping(config.extra),
        ]
        if let description = config.description { view["description"] = description }
        if let origin = config.origin { view["url"] = origin + config.basePath }
        if let author = config.author {
            var authorView: [String: Any] = ["name": author.name]
            if let role = author.role { authorView["role"] = role }
            if let affiliation = author.affiliation { authorView["affiliation"] = affiliation }
            if let email = author.email { authorView["email"] = ModelViews.emailView(email) }
            if let avatar = author.avatar { authorView["avatar"] = LinkPolicy.resolve(avatar.value, basePath: config.basePath) }
            authorView["links"] = author.links.map { ["label": $0.label, "url": LinkPolicy.resolve($0.url.value, basePath: config.basePath)] }
            view["author"] = authorView
        }
        return view
    }

    private static func groupedByYear(_ pages: [[String: Any]]) -> [[String: Any]] {
        var groups: [[String: Any]] = []
        var currentYear: String?
        var members: [[String: Any]] = []
        for page in pages {
            let year = (page["date"] as? [String: Any])?["year"] as? String ?? "Undated"
            if year != currentYear, let finished = currentYear {
                groups.append(["year": finished, "pages": members])
                members = []
            }
            currentYear = year
            members.append(page)
        }
        if let currentYear { groups.append(["year": currentYear, "pages": members]) }
        return groups
    }
}
