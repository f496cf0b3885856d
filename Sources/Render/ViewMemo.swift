import Parallel
import Site

/// The views of one build, each taken from the previous build's memo when what it is made of
/// did not change, and kept for the next build.
///
/// A page unchanged since the previous build (same page, same `SummaryInputs`) keeps its summary
/// without making it again; a view made again but equal to its earlier self is replaced by it.
/// Either way the view shares the earlier one's storage, so comparing views that hold it (the
/// render memo compares whole page views) stops at an identity check.
struct ViewMemo: Sendable {
    /// Names a page across builds: its `PageID`.
    typealias PageKey = SitePage.ID

    /// The one place that says which page is which across builds.
    static func key(of page: SitePage) -> PageKey {
        page.id
    }

    /// What was made of one page. A class, never changed once made: the render stage looks a
    /// page's views up several times per page and build, and a lookup then copies one
    /// reference rather than one for each view it holds.
    final class PageViews: Sendable {
        let page: SitePage
        /// What lists show of the page.
        let summary: [String: ViewValue]
        /// The summary as lists hold it: with `entry`, its entry partial rendered.
        let listed: [String: ViewValue]
        /// Which menu items lead to the page or a folder that holds it.
        let menuCurrent: [Bool]
        /// The site view its template sees (one of `siteViewsByMenu`).
        let siteView: [String: ViewValue]
        /// Its `page` view, known before rendering when the previous one still holds.
        let view: [String: ViewValue]?
        /// For a list, the pages it lists, in order.
        let listedKeys: [PageKey]
        /// Whether the page's template sees what it saw in the earlier build, as far as these
        /// views tell: its `page` view, its site view and, for a list, the same pages listed as
        /// before, in the same order. The home page sees more (`ViewBuilder.seesUnlistedPages`).
        let isEarlier: Bool

        init(
            page: SitePage, summary: [String: ViewValue], listed: [String: ViewValue], menuCurrent: [Bool],
            siteView: [String: ViewValue], view: [String: ViewValue]?, listedKeys: [PageKey] = [], isEarlier: Bool = false
        ) {
            self.page = page
            self.summary = summary
            self.listed = listed
            self.menuCurrent = menuCurrent
            self.siteView = siteView
            self.view = view
            self.listedKeys = listedKeys
            self.isEarlier = isEarlier
        }
    }

    /// What the summaries were made with.
    let inputs: SummaryInputs
    /// The site's view without a menu, and with the menu by which of its items are current.
    let siteView: [String: ViewValue]
    let siteViewsByMenu: [[Bool]: [String: ViewValue]]
    /// What the pages' `menuCurrent` were found with.
    let menuInputs: [String]
    let pages: [PageKey: PageViews]
    /// The `page` views the build rendered with, for the next build.
    private(set) var renderedViews: [PageKey: [String: ViewValue]] = [:]

    /// The site views alone, one per set of current menu items: every other view is made when
    /// asked for, and not kept.
    init(siteViewsOf site: Site, builder: ViewBuilder, entries: ListedEntries) {
        inputs = builder.summaries.inputs
        siteView = entries.siteView
        menuInputs = builder.menuInputs
        var siteViewsByMenu: [[Bool]: [String: ViewValue]] = [:]
        for page in site.pages {
            let current = builder.menuCurrent(for: page)
            if siteViewsByMenu[current] == nil { siteViewsByMenu[current] = builder.siteView(siteView, menuCurrent: current) }
        }
        self.siteViewsByMenu = siteViewsByMenu
        pages = [:]
    }

    /// Every page's summary, listed summary and site view for `site`, reusing `earlier` where it
    /// still holds; `entries` renders the entry partials of pages whose summary changed (all of
    /// them when `entries` has other templates than the earlier build had). `summaries` holds
    /// summaries already made for this site, by page.
    ///
    /// With `indices`, only the pages there are looked at: every other page of `site` is the
    /// page at its place in the site `earlier` was made for, itself (`SitePage.isIdentical(to:)`),
    /// and keeps its views; `earlier` was made with these inputs, menu and entries.
    init(
        site: Site, builder: ViewBuilder, entries: ListedEntries, earlier: ViewMemo?, summaries: [PageKey: [String: ViewValue]] = [:],
        only indices: [Int]? = nil
    ) {
        inputs = builder.summaries.inputs
        siteView = Self.reusing(earlier?.siteView, entries.siteView)
        let sameInputs = earlier?.inputs == inputs
        menuInputs = builder.menuInputs
        let sameMenu = earlier?.menuInputs == menuInputs
        let updating = indices != nil
        var siteViewsByMenu = updating ? earlier?.siteViewsByMenu ?? [:] : [:]
        var pages = updating ? earlier?.pages ?? [:] : [:]
        if updating { renderedViews = earlier?.renderedViews ?? [:] }
        pages.reserveCapacity(site.pages.count)
        typealias Unlisted = (
            key: PageKey, page: SitePage, summary: [String: ViewValue], current: [Bool], siteView: [String: ViewValue],
            view: [String: ViewValue]?, listedKeys: [PageKey]
        )
        var unlisted: [Unlisted] = []
        let chosen = indices ?? Array(site.pages.indices)
        // The summaries and current menu items of the pages, made on every core.
        let found = chosen.parallelMap { index in
            let page = site.pages[index]
            let key = Self.key(of: page)
            let old = earlier?.pages[key]
            let (summary, isEarlier) = summaries[key].map { ($0, false) }
                ?? Self.summary(of: page, earlier: old, sameInputs: sameInputs, builder: builder)
            // Which menu items are current depends on the route alone.
            let current = sameMenu && old?.page.route == page.route ? old?.menuCurrent ?? [] : builder.menuCurrent(for: page)
            return (old: old, summary: summary, isEarlier: isEarlier, current: current)
        }
        // Whether lists show each page as the earlier build's lists did: a page not looked at does.
        var listedAsBefore = [Bool](repeating: updating, count: site.pages.count)
        let menuless = siteView
        func add(_ position: Int, listedKeys: [PageKey] = [], listIsEarlier: Bool = true) {
            let index = chosen[position]
            let page = site.pages[index]
            let (old, summary, isEarlier, current) = found[position]
            let key = Self.key(of: page)
            let pageSiteView: [String: ViewValue]
            if let made = siteViewsByMenu[current] {
                pageSiteView = made
            } else {
                pageSiteView = Self.reusing(earlier?.siteViewsByMenu[current], builder.siteView(menuless, menuCurrent: current))
                siteViewsByMenu[current] = pageSiteView
            }
            // The page view is made of its summary, its content and its kind (which the summary holds),
            // and its `<head>` of the inputs too.
            let view = sameInputs && isEarlier && old?.page.content === page.content ? earlier?.renderedViews[key] : nil
            if isEarlier, entries.isSame, let old {
                listedAsBefore[index] = page.isListedAsBefore(old.page)
                pages[key] = PageViews(
                    page: page, summary: summary, listed: old.listed, menuCurrent: current, siteView: pageSiteView, view: view,
                    listedKeys: listedKeys, isEarlier: view != nil && old.siteView == pageSiteView && listIsEarlier)
            } else {
                listedAsBefore[index] = false
                unlisted.append((key, page, summary, current, pageSiteView, view, listedKeys))
            }
        }
        for position in chosen.indices where site.pages[chosen[position]].role != .sectionList {
            add(position)
        }
        // Then the lists, which know by now whether each page they list is listed as before.
        for position in chosen.indices where site.pages[chosen[position]].role == .sectionList {
            let list = site.pages[chosen[position]]
            let keys = list.listedPages.map { Self.key(of: site.pages[$0]) }
            let asBefore = earlier?.pages[Self.key(of: list)]?.listedKeys == keys && list.listedPages.allSatisfy { listedAsBefore[$0] }
            add(position, listedKeys: keys, listIsEarlier: asBefore)
        }
        let made = unlisted.parallelMap { entries.listed($0.page, summary: $0.summary) }
        for (page, listed) in zip(unlisted, made) {
            pages[page.key] = PageViews(
                page: page.page, summary: page.summary, listed: listed, menuCurrent: page.current, siteView: page.siteView, view: page.view,
                listedKeys: page.listedKeys)
        }
        self.siteViewsByMenu = siteViewsByMenu
        self.pages = pages
    }

    /// Keeps the `page` views a build rendered with, for the next build: `pageViews` for every
    /// page, or with `updating`, those of the pages rendered, the rest kept.
    mutating func record(pageViews: [PageKey: [String: ViewValue]], updating: Bool = false) {
        if updating {
            renderedViews.merge(pageViews) { _, new in new }
        } else {
            renderedViews = pageViews
        }
    }

    /// The page's summary, and whether it is the earlier one: kept without making it again when
    /// nothing it is made of changed, or made again and found equal.
    private static func summary(
        of page: SitePage, earlier: PageViews?, sameInputs: Bool, builder: ViewBuilder
    ) -> (summary: [String: ViewValue], isEarlier: Bool) {
        guard let earlier else { return (builder.summaries.summary(of: page), false) }
        if sameInputs, page.isUnchanged(from: earlier.page) { return (earlier.summary, true) }
        let fresh = builder.summaries.summary(of: page)
        return fresh == earlier.summary ? (earlier.summary, true) : (fresh, false)
    }

    /// `earlier` when it equals `fresh`, so that later comparisons with it are identity checks.
    private static func reusing(_ earlier: [String: ViewValue]?, _ fresh: [String: ViewValue]) -> [String: ViewValue] {
        if let earlier, earlier == fresh { return earlier }
        return fresh
    }

    /// What a list holds of a page: its summary with its entry partial rendered (made by
    /// `builder` and `entries` for a page of another site).
    func listed(_ page: SitePage, builder: ViewBuilder, entries: ListedEntries) -> [String: ViewValue] {
        pages[Self.key(of: page)]?.listed ?? entries.listed(page, summary: builder.summaries.summary(of: page))
    }

    /// The site view a page's template sees (made by `builder` for a page of another site).
    func siteView(for page: SitePage, builder: ViewBuilder) -> [String: ViewValue] {
        if let known = pages[Self.key(of: page)] { return known.siteView }
        let current = builder.menuCurrent(for: page)
        return siteViewsByMenu[current] ?? builder.siteView(siteView, menuCurrent: current)
    }

    /// The views of a page whose own views are those it was rendered with in the earlier build.
    func earlierViews(of page: SitePage) -> PageViews? {
        pages[Self.key(of: page)].flatMap { $0.isEarlier ? $0 : nil }
    }

    /// What lists show of a page (made by `builder` for a page of another site).
    func summary(of page: SitePage, builder: ViewBuilder) -> [String: ViewValue] {
        pages[Self.key(of: page)]?.summary ?? builder.summaries.summary(of: page)
    }

    /// A page's `page` view: the previous one while it still holds, else made by `builder` from
    /// the page's `summary`.
    func pageView(for page: SitePage, summary: [String: ViewValue], builder: ViewBuilder) -> [String: ViewValue] {
        pages[Self.key(of: page)]?.view ?? builder.pageView(of: page, summary: summary)
    }
}
