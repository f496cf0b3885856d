import Diagnostics
import Foundation
import Models
import Parse

/// Warns about each image a model names by a local URL (no scheme, no `//host`) that the output
/// will not hold: the home page's banner (`header.image`), the avatar and the sharing image of
/// `site.yml`, a paper's preview (from its `.bib` entry or the Markdown file that enriches it).
/// Without the warning such an image is a grey broken box on the page and nothing says why. The
/// same for the root-relative links of `site.yml`'s `menu` and `author.links` (`/cv.pdf`,
/// `/teaching/`), which every page shows.
///
/// A URL names a file the output holds when it is a file of the site copied as it is, a built-in
/// asset, a file written beside a page (`PageAttachment`), or a page (`/news/` is its
/// `index.html`), read as a browser reads it: query and fragment ignored, percent-escapes
/// decoded, a relative URL read from the page that holds it. Each warning is at the value as
/// written, with its line. Publications' file fields (`pdf`, `slides`) are
/// `PublicationFileResolver`'s to check.
struct LocalFileCheck: Sendable {
    /// What a URL is for, as the warning names it.
    enum Use: String, Sendable {
        case image, link
    }

    let files: SiteFiles
    /// The output paths of pages and attachments.
    private let written: Set<String>

    init(files: SiteFiles, pages: [SitePage], attachments: [PageAttachment]) {
        self.files = files
        var written = Set(attachments.map(\.outputPath))
        for page in pages where page.role != .listedOnly { written.insert(page.outputPath) }
        self.written = written
    }

    /// The warnings for `config`'s images and those of `pages`; `enrichments` tell where a
    /// paper's preview given by an enriching file is written.
    func warnings(config: SiteConfig, pages: [SitePage], enrichments: EnrichmentIndex) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for image in config.localImages {
            if let message = problem(with: image.path, from: "") { warnings.append(image.warning(message)) }
        }
        for link in config.localLinks {
            if let message = problem(with: link.path, from: "", use: .link) { warnings.append(link.warning(message)) }
        }
        for page in pages where page.role != .sectionList && page.role != .notFound {
            let image: (url: WebURL, anchor: SourceAnchor?)
            switch page.frontMatter.model {
            case .home(let home):
                guard let banner = home.banner else { continue }
                image = (banner, page.anchors[HomePage.bannerMark])
            case .publication(let publication):
                guard let preview = publication.preview else { continue }
                // A preview the enriching Markdown file gives is written there.
                let enrichment = publication.bibtex.flatMap { enrichments.byKey[$0.key] }
                let anchors = enrichment.flatMap { $0.enrichment.preview == nil ? nil : $0.page.anchors } ?? page.anchors
                image = (preview, anchors[Publication.previewMark])
            default:
                continue
            }
            guard image.url.isLocal, let message = problem(with: image.url.value, from: page.route) else { continue }
            let anchor = image.anchor ?? page.anchors["file"]
            warnings.append(.warning(message, at: anchor?.location ?? page.sourcePath.map { .start(of: $0) }, sourceLine: anchor?.line))
        }
        return warnings
    }

    /// Why the local `url`, written on the page at `route`, names nothing of the output; nil
    /// when it names a file or page.
    func problem(with url: String, from route: String, use: Use = .image) -> String? {
        let path = Self.outputPath(of: url, from: route)
        guard !holds(path) else { return nil }
        if path.isEmpty || path.hasSuffix("/") {
            let page = path.isEmpty ? "content/index.md" : "content/\(path.dropLast()).md"
            return "\(use.rawValue) '\(url)' is no page of the site: write \(page), or fix the path"
        }
        let source = path.hasPrefix("assets/") ? path : "content/" + path
        return "\(use.rawValue) '\(url)' does not exist: put the file at \(source), or fix the path"
    }

    /// Whether the output holds a file at `path`, or a page whose URL it is.
    func holds(_ path: String) -> Bool {
        if files.holds(path) || written.contains(path) { return true }
        let folder = path.isEmpty || path.hasSuffix("/") ? path : path + "/"
        return written.contains(folder + "index.html")
    }

    /// The output path a local URL names, read from the page at `route` (`news/a/`, `cv.html`,
    /// or empty for the home page) as a browser reads it: without query and fragment, percent-escapes
    /// decoded, `.` and `..` resolved (a `..` at the root stays there).
    static func outputPath(of url: String, from route: String) -> String {
        let end = url.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? url.endIndex
        let written = String(url[..<end])
        let decoded = written.removingPercentEncoding ?? written
        let full = decoded.hasPrefix("/") ? decoded : "/" + Route.folder(of: route) + decoded
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        let isFolder = full.hasSuffix("/") || full.hasSuffix("/.") || full.hasSuffix("/..")
        return parts.joined(separator: "/") + (isFolder && !parts.isEmpty ? "/" : "")
    }
}
