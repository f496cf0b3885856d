import Diagnostics
import Site

/// Runs the derived outputs after assembly and rendering, before writing.
///
/// Two rules hold for every output: the site's own files win (an output whose `path` a page,
/// a file under `content/` or an asset already writes, or uses as a folder, is not made), and
/// an output that needs absolute URLs is not made without a host in `base_url`; one warning
/// per build names all the outputs left out for that reason.
public struct DerivedStage: Sendable {
    public var outputs: [any DerivedOutput]

    public init(outputs: [any DerivedOutput] = DerivedOutputs.all) {
        self.outputs = outputs
    }

    /// Derives every output from `site`; `written` holds the output paths of the site's own
    /// pages and files. An output whose inputs are those it had in `earlier` is not made
    /// again. Returns the memo for the next build with the outcome.
    ///
    /// With `sameConfig` (the site's configuration is the one `earlier` was made with), an
    /// output that reads none of the pages that are not the earlier site's pages themselves
    /// (`DerivedOutput.mayRead`) keeps its outcome without its inputs being taken again.
    public func derive(
        from site: Site, besides written: [String], earlier: DerivedMemo? = nil, sameConfig: Bool = false
    ) -> (outcome: DerivedOutcome, memo: DerivedMemo) {
        var outcome = DerivedOutcome()
        var memo = DerivedMemo()
        memo.site = site
        var withoutOrigin: [String] = []
        let taken = Self.taken(outputs.map(\.path), by: written)
        let changed = sameConfig ? earlier?.site.flatMap { Self.changedPages(of: site, from: $0) } : nil
        for output in outputs where !taken.contains(output.path) && output.applies(to: site) {
            if output.needsOrigin, site.config.origin == nil {
                withoutOrigin.append(output.skippedName)
                continue
            }
            var kept: DerivedOutcome?
            if let changed, let earlier, changed.allSatisfy({ !output.mayRead($0.old, becoming: $0.new) }) {
                kept = memo.keep(output, from: earlier)
            }
            let made = kept ?? memo.outcome(of: output, for: site, earlier: earlier)
            outcome.files += made.files
            outcome.diagnostics += made.diagnostics
        }
        if site.config.origin == nil {
            outcome.diagnostics.append(.warning(Self.noOriginMessage(withoutOrigin), at: nil))
        }
        return (outcome, memo)
    }

    /// The pages of `site` that are not the pages of `earlier` at their places themselves, with
    /// those; nil when pages came or went, or the build date changed. (The redirects are the
    /// pages' own: a page whose redirects changed is not itself.)
    static func changedPages(of site: Site, from earlier: Site) -> [(old: SitePage, new: SitePage)]? {
        guard site.pages.count == earlier.pages.count, site.buildDate == earlier.buildDate else { return nil }
        return zip(earlier.pages, site.pages).filter { !$1.isIdentical(to: $0) }.map { (old: $0, new: $1) }
    }

    /// The pages whose body HTML some output reads: what a build that lets go of each page's
    /// body once it is written must keep.
    public func pagesReadingBody(of site: Site) -> Set<SitePage.ID> {
        Set(outputs.flatMap { $0.pagesReadingBody(of: site) }.map(\.id))
    }

    /// What pages leave out without a host: the render stage's tags that need absolute URLs.
    static let pageTagsWithoutOrigin = "pages have no canonical link, og:url, og:image, citation_pdf_url, "
        + "citation_abstract_html_url or JSON-LD url"

    /// `base_url has no host, so sitemap.xml and robots.txt are not written and pages have no
    /// canonical link, …; give a full URL …`: the one warning of a build without a host.
    static func noOriginMessage(_ paths: [String]) -> String {
        var skipped = pageTagsWithoutOrigin
        if !paths.isEmpty {
            let names = paths.count == 1 ? paths[0] : paths.dropLast().joined(separator: ", ") + " and " + paths[paths.count - 1]
            skipped = "\(names) \(paths.count == 1 ? "is" : "are") not written and " + skipped
        }
        return "base_url has no host, so \(skipped); give a full URL such as https://example.org/ in site.yml or with --base-url"
    }

    /// Which of `paths` are one of `written`, or a folder that holds one of them: for each of
    /// the few `paths`, one pass over `written` (a page and a file per entry of a large
    /// bibliography) comparing bytes, which fail on the first that differs; hashing every
    /// folder of every written path instead was 6% of a rebuild's time for 4,839 entries.
    static func taken(_ paths: [String], by written: [String]) -> Set<String> {
        var taken: Set<String> = []
        for path in paths {
            let folder = Array((path + "/").utf8)
            let isTaken = written.contains { candidate in
                candidate == path || candidate.utf8.starts(with: folder)
            }
            if isTaken { taken.insert(path) }
        }
        return taken
    }
}
