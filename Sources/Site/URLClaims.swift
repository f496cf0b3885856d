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
    /// Each output path claimed, and who claims it, as messages name them.
    private var owners: [String: String] = [:]
    private let files: SiteFiles

    /// `files`: the files copied as they are, which a redirect must not replace either.
    init(_ pages: [SitePage], files: SiteFiles) {
        self.files = files
        let written = pages.filter { $0.role != .listedOnly }
        for page in written where page.sourcePath == nil { owners[page.outputPath] = Self.name(of: page) }
        for page in written where page.sourcePath != nil {
            if let first = owners[page.outputPath] {
                diagnostics.append(Self.anchor(of: page, key: Self.routeKey(of: page.frontMatter)).error(
                    "two pages write /\(page.route): this one and \(first); give this one another 'permalink'"))
            } else {
                owners[page.outputPath] = Self.name(of: page)
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
            if let first = owners[place.outputPath] ?? copiedFile(at: place.outputPath) {
                diagnostics.append(anchor.error(
                    "two pages write /\(place.route): this redirect and \(first); remove one of them"))
                continue
            }
            owners[place.outputPath] = "the redirect at \(anchor.location)"
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

    /// How a message names the page that writes a file first.
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
