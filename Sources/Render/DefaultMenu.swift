import Site

/// The menu of a site whose `site.yml` has no `menu:`, so that every section and top-level page
/// is reachable from the home page: Home, then the sections (news, publications, talks,
/// seminars and jobs in that order, then the others by title), then the top-level pages by title.
enum DefaultMenu {
    /// The sections a researcher's site usually has, in the order visitors look for them.
    static let sectionOrder = ["news", "publications", "talks", "seminars", "jobs"]

    /// Labels and site-relative URLs (`/news/`), in menu order.
    static func links(of site: Site) -> [(label: String, url: String)] {
        // The usual sections by their place in `sectionOrder`, the others after them by title.
        let sections = site.pages.filter { $0.role == .sectionList && $0.section != nil }.sorted { lhs, rhs in
            let left = sectionOrder.firstIndex(of: lhs.section ?? "") ?? sectionOrder.count
            let right = sectionOrder.firstIndex(of: rhs.section ?? "") ?? sectionOrder.count
            return left != right ? left < right : byTitle(lhs, rhs)
        }
        let topLevel = site.pages.filter { page in
            page.role == .content && page.kind != .home && page.section == nil
                && !page.route.isEmpty && !page.route.dropLast().contains("/")
        }.sorted(by: Self.byTitle)
        return [(label: "Home", url: "/")] + (sections + topLevel).map { (label: $0.title, url: "/" + $0.route) }
    }

    private static func byTitle(_ lhs: SitePage, _ rhs: SitePage) -> Bool {
        let left = lhs.title.lowercased(), right = rhs.title.lowercased()
        return left != right ? left < right : lhs.route < rhs.route
    }
}
