import Parallel

/// Checks the pages of a built site against each other: every internal link, image and file
/// they point to exists, every `#fragment` is an id of its page, no page gives one id twice,
/// every `<img>` has `alt`, and every page is reached by links from the home page. External
/// URLs are gathered, not fetched (see `ExternalCheck`).
public struct SiteChecker: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var findings: [CheckFinding] = []
        /// The `http` and `https` URLs of other sites, each with where the pages use it.
        public var externalReferences: [ExternalReference] = []
        public var pagesChecked = 0
        /// Internal URLs checked: links, images, stylesheets, fragments.
        public var localReferencesChecked = 0
    }

    /// `orphanCandidates`: the pages that should be reachable (by default every page but
    /// `404.html`): a site's own pages, not HTML files it copies as they are. A redirect page
    /// never is.
    public func check(_ site: CheckedSite, orphanCandidates: Set<String>? = nil) -> Result {
        let paths = site.pages.keys.sorted()
        let scans = paths.parallelMap { PageScan(html: site.pages[$0] ?? "") }
        var scanByPage: [String: PageScan] = [:]
        for (path, scan) in zip(paths, scans) { scanByPage[path] = scan }
        let idsByPage = scanByPage.mapValues { Set($0.identifiers.map(\.value)) }

        var result = Result()
        result.pagesChecked = paths.count
        var external: [String: ExternalReference] = [:]
        var edges: [String: Set<String>] = [:]
        for (path, scan) in zip(paths, scans) {
            result.findings += duplicateIDs(in: scan, page: path)
            for image in scan.imagesWithoutAlt {
                result.findings.append(CheckFinding(
                    kind: .missingAlt, subject: image.source,
                    message: "image '\(image.source)' has no alt attribute: describe it with alt=\"…\", or write alt=\"\" if it is only decoration",
                    page: path, place: image.place, sourceTexts: [image.source]))
            }
            for reference in scan.references {
                switch site.resolver.target(of: reference.url, onPage: path) {
                case .notChecked:
                    continue
                case .external(let url):
                    let key = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
                    external[key, default: ExternalReference(url: key)].uses.append(.init(page: path, reference: reference))
                case .outsideSite:
                    result.localReferencesChecked += 1
                    result.findings.append(finding(
                        .outsideSite, reference, page: path, site: site,
                        "\(reference.noun) '\(reference.url)' leads out of the site: the site's pages are below \(site.resolver.basePath)"))
                case .local(let target, let fragment):
                    result.localReferencesChecked += 1
                    guard let served = site.servedFile(target) else {
                        let what = target.hasSuffix(".html") ? "page" : "file"
                        let kind: CheckFinding.Kind = reference.isNavigation ? .brokenLink : .missingFile
                        let verb = reference.isNavigation ? "leads nowhere" : "does not exist"
                        result.findings.append(finding(kind, reference, page: path, site: site,
                                                       "\(reference.noun) '\(reference.url)' \(verb): the site has no \(what) \(target)"))
                        continue
                    }
                    if reference.isNavigation, served != path { edges[path, default: []].insert(served) }
                    guard let fragment, !fragment.isEmpty, fragment.lowercased() != "top", let ids = idsByPage[served],
                          !ids.contains(fragment)
                    else { continue }
                    let target = served == path ? "this page" : Self.address(of: served, basePath: site.resolver.basePath)
                    result.findings.append(finding(.missingAnchor, reference, page: path, site: site,
                                                   "\(reference.noun) '\(reference.url)' points to no element of \(target): none has the id '\(fragment)'"))
                }
            }
        }
        // A redirect page (`redirect_from:`) stands at an old URL that nothing should link to.
        let redirects = Set(zip(paths, scans).filter { $0.1.isRedirect }.map(\.0))
        let candidates = (orphanCandidates ?? Set(paths.filter { $0 != "404.html" })).subtracting(redirects)
        result.findings += orphans(of: candidates, edges: edges, basePath: site.resolver.basePath)
        result.externalReferences = external.keys.sorted().compactMap { external[$0] }
        return result
    }

    private func finding(_ kind: CheckFinding.Kind, _ reference: PageReference, page: String, site: CheckedSite, _ message: String) -> CheckFinding {
        CheckFinding(kind: kind, subject: reference.url, message: message, page: page, place: reference.place,
                     sourceTexts: Self.writtenForms(of: reference.url, resolver: site.resolver))
    }

    /// How a source may write the URL that a page shows: as it is, or without the base path or
    /// the origin that the build put before it.
    static func writtenForms(of url: String, resolver: LinkResolver) -> [String] {
        var forms = [url]
        var rest = url
        if let origin = resolver.origin, rest.lowercased().hasPrefix(origin.lowercased() + "/") {
            rest = String(rest.dropFirst(origin.count))
            forms.append(rest)
        }
        if resolver.basePath != "/", rest.hasPrefix(resolver.basePath) {
            forms.append("/" + rest.dropFirst(resolver.basePath.count))
        }
        return forms
    }

    private func duplicateIDs(in scan: PageScan, page: String) -> [CheckFinding] {
        var seen: Set<String> = []
        var findings: [CheckFinding] = []
        for identifier in scan.identifiers where !seen.insert(identifier.value).inserted {
            findings.append(CheckFinding(
                kind: .duplicateID, subject: identifier.value,
                message: "another element of this page already has the id '\(identifier.value)'; a link to #\(identifier.value) cannot tell them apart",
                page: page, place: identifier.place,
                sourceTexts: ["id=\"\(identifier.value)\"", "id='\(identifier.value)'", "{#\(identifier.value)}"]))
        }
        return findings
    }

    /// The candidates that no chain of links from `index.html` reaches.
    private func orphans(of candidates: Set<String>, edges: [String: Set<String>], basePath: String) -> [CheckFinding] {
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let page = queue.popLast() {
            for next in edges[page] ?? [] where reached.insert(next).inserted { queue.append(next) }
        }
        return candidates.subtracting(reached).sorted().map { page in
            CheckFinding(
                kind: .orphan, subject: page,
                message: "no link reaches this page (\(Self.address(of: page, basePath: basePath))) from the home page: add it to the menu, or link to it from a page that is reached",
                page: page, place: nil)
        }
    }

    /// The address a reader sees for an output file: `/lab-site/news/` for `news/index.html`.
    static func address(of page: String, basePath: String) -> String {
        basePath + (page.hasSuffix("index.html") ? page.dropLast("index.html".count) : Substring(page))
    }
}
