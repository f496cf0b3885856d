import Diagnostics
import Models
import Parse

/// Who writes each output file of the assembled site: its pages, those sitegen makes (section
/// lists, the home and 404 pages) included, and the redirects of `redirect_from:`, which may
/// not replace a file copied as it is either. A URL
/// claimed twice is an error at the later claim, naming the first.
///
/// Two pages from sources are told apart earlier, as they are accepted; this pass finds a
/// permalink that takes the URL of a page sitegen makes, and every redirect that takes a URL
/// already written.
struct URLClaims {
    private(set) var redirects: [Redirect] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Who claims an output path: a page (by its index), or the redirect at a place.
    private enum Owner {
        case page(Int)
        case redirect(SourceLocation)
    }

    /// Each output path claimed, and who claims it. A claim is named only when a message
    /// needs it: a site claims thousands of paths and collides on none.
    private var owners: [String: Owner] = [:]
    private let pages: [SitePage]
    private let files: SiteFiles

    /// `files`: the files copied as they are, which a redirect must not replace either.
    init(_ pages: [SitePage], files: SiteFiles) {
        self.pages = pages
        self.files = files
        owners.reserveCapacity(pages.count)
        for (index, page) in pages.enumerated() where page.role != .listedOnly && page.sourcePath == nil {
            owners[page.outputPath] = .page(index)
        }
        for (index, page) in pages.enumerated() where page.role != .listedOnly && page.sourcePath != nil {
            if let first = owners[page.outputPath] {
                diagnostics.append(Self.anchor(of: page, key: Self.routeKey(of: page.frontMatter)).error(
                    "two pages write /\(page.route): this one and \(name(of: first)); give this one another 'permalink'"))
            } else {
                owners[page.outputPath] = .page(index)
            }
        }
        for page in pages.filter({ !$0.frontMatter.redirectFrom.isEmpty }).sorted(by: { ($0.sourcePath ?? "") < ($1.sourcePath ?? "") }) {
            claimRedirects(of: page)
        }
    }

    private mutating func claimRedirects(of page: SitePage) {
        for (index, path) in page.frontMatter.redirectFrom.enumerated() {
            let anchor = Self.anchor(of: page, key: "redirect_from#\(index)")
            guard page.role != .listedOnly else {
                diagnostics.append(anchor.error("this news item has no page of its own to redirect to: give it a title, or remove 'redirect_from'"))
                return
            }
            let place: Permalink.Place
            switch Permalink.place(of: path, key: "redirect_from", values: nil) {
            case .success(let resolved): place = resolved
            case .failure(let problem):
                diagnostics.append(anchor.error(problem.message))
                continue
            }
            if let first = owners[place.outputPath].map(name(of:)) ?? copiedFile(at: place.outputPath) {
                diagnostics.append(anchor.error(
                    "two pages write /\(place.route): this redirect and \(first); remove one of them"))
                continue
            }
            owners[place.outputPath] = .redirect(anchor.location)
            redirects.append(Redirect(route: place.route, outputPath: place.outputPath, target: page.route))
        }
    }

    /// How a message names the file copied as it is to `outputPath`, if there is one.
    private func copiedFile(at outputPath: String) -> String? {
        guard files.holds(outputPath) else { return nil }
        return files.sourcePath(ofOutput: outputPath).map { "the file \($0)" } ?? "a built-in asset"
    }

    /// The key whose value decided a page's URL: `permalink` when it has one, else `slug`.
    static func routeKey(of frontMatter: PageFrontMatter) -> String {
        frontMatter.permalink != nil ? "permalink" : "slug"
    }

    /// `content/a.md:3:12`: where a parsed page's URL is decided.
    static func place(of page: ParsedPage) -> String {
        (page.anchors[routeKey(of: page.frontMatter)] ?? page.anchors["file"])?.location.description ?? page.id.description
    }

    private static func anchor(of page: SitePage, key: String) -> SourceAnchor {
        page.anchors[key] ?? page.anchors["file"]
            ?? SourceAnchor(location: .start(of: page.sourcePath ?? page.outputPath), line: nil)
    }

    /// How a message names who writes a file first.
    private func name(of owner: Owner) -> String {
        switch owner {
        case .page(let index): Self.name(of: pages[index])
        case .redirect(let location): "the redirect at \(location)"
        }
    }

    /// How a message names a page that writes a file first.
    private static func name(of page: SitePage) -> String {
        guard page.sourcePath != nil else {
            switch page.role {
            case .notFound: return "the 404 page sitegen makes"
            case .sectionList: return "the list of '\(page.section ?? page.route)' sitegen makes"
            default: return "the home page sitegen makes"
            }
        }
        return "the page at \(anchor(of: page, key: routeKey(of: page.frontMatter)).location)"
    }
}
