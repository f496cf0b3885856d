import Links
import Models
import Site

/// Builds what templates see, from the site alone: `site`, `page`, and for list pages `list`.
/// Reuses nothing; `ViewMemo` decides what is taken from the previous build instead.
///
/// Every text goes through Mustache's HTML escaping unless a template uses `{{{…}}}`, which
/// the theme does only for rendered Markdown (`page.content`).
struct ViewBuilder: Sendable {
    private struct MenuTarget: Sendable {
        var label: String
        var url: String
    }

    let site: Site
    let summaries: SummaryBuilder
    private let menuTargets: [MenuTarget]

    init(site: Site) {
        self.site = site
        summaries = SummaryBuilder(inputs: SummaryInputs(config: site.config))
        let basePath = site.config.basePath
        let links = site.config.menu.map { $0.map { (label: $0.label, url: $0.url.value) } } ?? DefaultMenu.links(of: site)
        menuTargets = links.map { MenuTarget(label: $0.label, url: LinkPolicy.resolve($0.url, basePath: basePath)) }
    }

    /// The site's view without its menu: title, language, paths, build date, author, extra.
    func siteView() -> [String: ViewValue] {
        let config = site.config
        var view: [String: ViewValue] = [
            "title": .text(config.title),
            "language": .text(config.language),
            "base_path": .text(config.basePath),
            "assets": .text(config.basePath + "assets/"),
            "build_date": .object(DateFormatting.view(site.buildDate)),
            "extra": YAMLViewValue.mapping(config.extra),
        ]
        if let description = config.description { view["description"] = .text(description) }
        if let origin = config.origin { view["url"] = .text(origin + config.basePath) }
        if let author = config.author {
            var authorView: [String: ViewValue] = ["name": .text(author.name)]
            if let role = author.role { authorView["role"] = .text(role) }
            if let affiliation = author.affiliation { authorView["affiliation"] = .text(affiliation) }
            if let email = author.email { authorView["email"] = ModelViewBuilder.emailView(email) }
            if let avatar = author.avatar { authorView["avatar"] = .text(LinkPolicy.resolve(avatar.value, basePath: config.basePath)) }
            authorView["links"] = .list(author.links.map {
                .object(["label": .text($0.label), "url": .text(LinkPolicy.resolve($0.url.value, basePath: config.basePath))])
            })
            view["author"] = .object(authorView)
        }
        view.merge(feedsView()) { own, _ in own }
        return view
    }

    /// `siteView` with the menu, its items marked `current` as `current` says.
    func siteView(_ siteView: [String: ViewValue], menuCurrent current: [Bool]) -> [String: ViewValue] {
        var view = siteView
        view["menu"] = .list(zip(menuTargets, current).map { target, isCurrent in
            var item: [String: ViewValue] = ["label": .text(target.label), "url": .text(target.url)]
            if isCurrent { item["current"] = .bool(true) }
            return .object(item)
        })
        return view
    }

    /// What `menuCurrent(for:)` depends on besides the page's route: the base path and the
    /// menu's URLs.
    var menuInputs: [String] {
        [site.config.basePath] + menuTargets.map(\.url)
    }

    /// Which menu items lead to the page or to a folder that holds it (the home item only to itself).
    func menuCurrent(for page: SitePage) -> [Bool] {
        let pageURL = summaries.url(page.route)
        return menuTargets.map { target in
            let isHome = target.url == site.config.basePath
            return target.url == pageURL || (!isHome && target.url.hasSuffix("/") && pageURL.hasPrefix(target.url))
        }
    }

    /// A page's own view, `page` in its template: its summary, its content and headings.
    func pageView(of page: SitePage, summary: [String: ViewValue]) -> [String: ViewValue] {
        var view = summary
        view["content"] = .html(RenderedHTML(page.body, basePath: site.config.basePath))
        view["headings"] = .list(page.body.headings.map {
            .object(["level": .number($0.level), "id": .text($0.id), "text": .text($0.text)])
        })
        view["is_" + String(page.kind.rawValue.map { $0 == "-" ? "_" : $0 })] = .bool(true)
        view["head"] = .object(PageHead(inputs: summaries.inputs.head).view(of: page, summary: summary))
        return view
    }

    /// Everything a page's template sees: `site` and `page` as given, `list` for a list page,
    /// `recent`, `recent_talks` and `selected` for the home page, made of the summaries `summary` gives.
    func context(
        for page: SitePage, siteView: [String: ViewValue], pageView: [String: ViewValue], summary: (SitePage) -> [String: ViewValue]
    ) -> [String: ViewValue] {
        var context: [String: ViewValue] = ["site": .object(siteView), "page": .object(pageView)]
        guard Self.seesOtherPages(page) else { return context }
        if page.role == .sectionList {
            context["list"] = list(of: page.listedPages.map { site.pages[$0] }, summary: summary)
        }
        if page.kind == .home {
            context["recent"] = .list(site.pages(ofKind: .news).prefix(5).map { .object(summary($0)) })
            context["recent_talks"] = .list(Self.latestTalks(site.pages(ofKind: .talk)).map { .object(summary($0)) })
            let selected = site.pages(ofKind: .publication).filter { PublicationListView.publication(of: $0)?.selected == true }
            context["selected"] = .list(PublicationListView.listed(selected.map { ($0, .object(summary($0))) }).map(\.view))
        }
        return context
    }

    /// Whether the page's template sees other pages than itself (a list, the home page): any
    /// other page's template sees only `site` and `page`.
    static func seesOtherPages(_ page: SitePage) -> Bool {
        page.role == .sectionList || page.kind == .home
    }

    /// Whether the page's template sees pages that are not in a list of its own: the home
    /// page's recent news and talks and its selected publications.
    static func seesUnlistedPages(_ page: SitePage) -> Bool {
        page.kind == .home
    }

    /// The talks the home page shows: the upcoming ones, soonest first, then the latest given;
    /// five in all. `talks` are in list order, newest first.
    static func latestTalks(_ talks: [SitePage]) -> [SitePage] {
        let upcoming = talks.filter { $0.timeStatus == .upcoming }.reversed()
        return Array((upcoming + talks.filter { $0.timeStatus != .upcoming }).prefix(5))
    }

    /// A list page's view: all pages, by year; seminars and talks split into upcoming (soonest
    /// first, undated last) and past (and `past_years`, the past ones by year); job offers into
    /// open and closed; publications without the hidden ones, in their own order, and in
    /// `groups` as `PublicationListView` groups them.
    private func list(of pages: [SitePage], summary: (SitePage) -> [String: ViewValue]) -> ViewValue {
        var entries = pages.map { (page: $0, view: ViewValue.object(summary($0))) }
        var publicationGroups: [ViewValue]?
        if pages.contains(where: { $0.kind == .publication }) {
            let publications = PublicationListView(settings: site.config.publications)
            entries = PublicationListView.listed(entries)
            publicationGroups = publications.groups(entries)
        }
        func views(_ status: TimeStatus) -> [(page: SitePage, view: ViewValue)] {
            entries.filter { $0.page.timeStatus == status }
        }
        let upcoming = views(.upcoming)
        let dated = upcoming.filter { $0.page.date != nil }.reversed()
        var view: [String: ViewValue] = [
            "pages": .list(entries.map(\.view)),
            "years": .list(Self.groupedByYear(entries)),
            "upcoming": .list((dated + upcoming.filter { $0.page.date == nil }).map(\.view)),
            "past": .list(views(.past).map(\.view)),
            "past_years": .list(Self.groupedByYear(views(.past))),
            "open": .list(views(.open).map(\.view)),
            "closed": .list(views(.closed).map(\.view)),
        ]
        if let publicationGroups { view["groups"] = .list(publicationGroups) }
        return .object(view)
    }

    /// Runs of pages of one year (`Undated` for pages without a date), in list order.
    private static func groupedByYear(_ entries: [(page: SitePage, view: ViewValue)]) -> [ViewValue] {
        var groups: [ViewValue] = []
        var currentYear: String?
        var members: [ViewValue] = []
        for entry in entries {
            let year = entry.page.date.map { String($0.year) } ?? "Undated"
            if year != currentYear, let finished = currentYear {
                groups.append(.object(["year": .text(finished), "pages": .list(members)]))
                members = []
            }
            currentYear = year
            members.append(entry.view)
        }
        if let currentYear { groups.append(.object(["year": .text(currentYear), "pages": .list(members)])) }
        return groups
    }
}
