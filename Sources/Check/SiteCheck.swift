import Build
import Diagnostics
import Foundation
import Load
import Models

/// `sitegen check`: builds the site in memory (or reads a built output folder), checks its
/// pages with `SiteChecker`, optionally asks other sites about the external links, and reports
/// each problem at the place of the source that produced it.
public struct SiteCheck: Sendable {
    /// What to check.
    public enum Input: Sendable {
        /// The site folder, built in memory with these options; nothing is written.
        case build(BuildOptions)
        /// An output folder as it is. Its URLs read by `baseURL` (`/lab-site/`,
        /// `https://host/lab-site/`), else by `base_url` in the site folder's `site.yml`, else
        /// as a site at the root of its host.
        case folder(URL, baseURL: String?, siteFolder: URL)
    }

    public struct Report: Sendable {
        /// The build's own warnings and errors and the check's problems, in file order.
        public var problems: [CheckProblem] = []
        public var pagesChecked = 0
        public var localReferencesChecked = 0
        public var externalChecked = 0
        /// External URLs asked over the network (the others came from the cache).
        public var externalAsked = 0

        public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
        /// Whether the build failed, so that nothing was checked.
        public var buildFailed = false

        /// The check passes when nothing is broken; warnings (an orphan page, a redirect) are told but pass.
        public var succeeded: Bool { !buildFailed && !diagnostics.hasErrors }

        public var summary: String {
            var text = "checked \(pagesChecked) page\(pagesChecked == 1 ? "" : "s"), \(localReferencesChecked) internal link\(localReferencesChecked == 1 ? "" : "s")"
            if externalChecked > 0 {
                text += ", \(externalChecked) external URL\(externalChecked == 1 ? "" : "s") (\(externalChecked - externalAsked) from the cache)"
            }
            let (errors, warnings) = (diagnostics.errors.count, diagnostics.warnings.count)
            return text + ": \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        }
    }

    /// How external links are checked; nil leaves them alone (the default: no network).
    public var external: ExternalCheck?

    public init(external: ExternalCheck? = nil) {
        self.external = external
    }

    public func run(_ input: Input) async -> Report {
        var report = Report()
        let site: CheckedSite
        var locator: SourceLocator
        /// The pages a reader should be able to reach; nil: every page but `404.html`.
        var orphanCandidates: Set<String>?
        switch input {
        case .build(let options):
            let generated = SiteBuilder().generate(options)
            report.problems = generated.report.diagnostics.map { CheckProblem(kind: CheckProblem.buildKind, diagnostic: $0) }
            guard generated.report.succeeded else {
                report.buildFailed = true
                return report
            }
            do {
                site = try CheckedSite(items: generated.items, resolver: LinkResolver(basePath: generated.basePath, origin: generated.origin))
            } catch {
                report.problems.append(CheckProblem(kind: CheckProblem.buildKind, diagnostic: .error("cannot read a file of the site: \(error.localizedDescription)", at: nil)))
                return report
            }
            // The pages the build made, not HTML files it copies as they are (a verification file).
            orphanCandidates = Set(generated.items.compactMap { item in
                guard case .bytes = item.source, item.path.hasSuffix(".html"), item.path != "404.html" else { return nil }
                return item.path
            })
            let sources = SourceLocator.Sources(siteFolder: options.source, pageStarts: generated.pageStarts, sharedFiles: Self.sharedFiles(in: options.source))
            locator = SourceLocator(site: site, outputFolder: Self.shownPath(of: options.output, in: options.source), sources: sources)
        case .folder(let folder, let baseURL, let siteFolder):
            do {
                let address = try baseURL.flatMap(SiteConfig.splitBaseURL) ?? ConfiguredAddress.read(siteFolder: siteFolder) ?? (nil, "/")
                site = try CheckedSite(folder: folder, resolver: LinkResolver(basePath: address.basePath, origin: address.origin))
            } catch let error as DiagnosticError {
                report.problems += error.diagnostics.map { CheckProblem(kind: CheckProblem.buildKind, diagnostic: $0) }
                report.buildFailed = true
                return report
            } catch {
                report.problems.append(CheckProblem(kind: CheckProblem.buildKind, diagnostic: .error("cannot read the output folder \(folder.path): \(error.localizedDescription)", at: nil)))
                return report
            }
            locator = SourceLocator(site: site, outputFolder: Self.shownPath(of: folder, in: siteFolder), sources: nil)
        }
        let checked = SiteChecker().check(site, orphanCandidates: orphanCandidates)
        var findings = checked.findings
        if let external {
            let outcome = await external.check(checked.externalReferences)
            findings += outcome.findings
            report.externalChecked = outcome.checked
            report.externalAsked = outcome.asked
            report.problems += outcome.diagnostics.map { CheckProblem(kind: "link-cache", diagnostic: $0) }
        }
        report.pagesChecked = checked.pagesChecked
        report.localReferencesChecked = checked.localReferencesChecked
        let located = locator.problems(for: findings).filter { [built = report.problems] in !Self.isTold(Self.imageWithoutAlt, $0, by: built) }
        let (found, built) = Self.placeAtBuildWarnings(located, built: report.problems, outputFolder: locator.outputFolder, resolver: site.resolver)
        let kept = built.filter { !Self.isRestated($0, by: found) }
        report.problems = (kept + found).sorted { Diagnostic.precedes($0.diagnostic, $1.diagnostic) }
        return report
    }

    static let imageWithoutAlt = CheckFinding.Kind.missingAlt.rawValue

    /// Whether the build already warned about this problem of `kind` (an image without alt in a
    /// Markdown body): a warning at the same line of the same file that names the same URL.
    static func isTold(_ kind: String, _ problem: CheckProblem, by built: [CheckProblem]) -> Bool {
        guard problem.kind == kind, let location = problem.diagnostic.location, let subject = problem.subject else { return false }
        return built.contains { other in
            other.diagnostic.location?.path == location.path && other.diagnostic.location?.line == location.line
                && other.diagnostic.message.contains("'\(subject)'")
        }
    }

    /// A broken URL that the checker could place only in a built page (one the build made from
    /// what the source wrote, such as `banner.jpg` read in `/assets/images/`), when a build
    /// warning at a source names that URL: the problem moves to the warning's place, which it
    /// replaces.
    static func placeAtBuildWarnings(
        _ found: [CheckProblem], built: [CheckProblem], outputFolder: String, resolver: LinkResolver
    ) -> (found: [CheckProblem], built: [CheckProblem]) {
        var built = built
        let placed = found.map { problem -> CheckProblem in
            guard problem.diagnostic.severity == .error, let subject = problem.subject,
                  problem.diagnostic.location?.path.hasPrefix(outputFolder + "/") == true
            else { return problem }
            let names = SiteChecker.writtenForms(of: subject, resolver: resolver).map { "'\($0)'" }
            guard let index = built.firstIndex(where: { other in
                other.kind == CheckProblem.buildKind && other.diagnostic.severity == .warning && other.diagnostic.location != nil
                    && names.contains { other.diagnostic.message.contains($0) }
            }) else { return problem }
            var moved = problem
            moved.diagnostic.location = built[index].diagnostic.location
            moved.diagnostic.sourceLine = built[index].diagnostic.sourceLine
            built.remove(at: index)
            return moved
        }
        return (placed, built)
    }

    /// Whether a build warning (a missing image, a link to no page) is one the checker tells
    /// again, as an error, at the very same place: then the checker's words are kept alone.
    static func isRestated(_ problem: CheckProblem, by found: [CheckProblem]) -> Bool {
        guard problem.kind == CheckProblem.buildKind, problem.diagnostic.severity == .warning,
              let location = problem.diagnostic.location else { return false }
        return found.contains { $0.diagnostic.severity == .error && $0.diagnostic.location == location }
    }

    /// `site.yml` and the site's templates: where a URL that a page does not write itself (a
    /// menu entry, a link of the theme) is looked for.
    static func sharedFiles(in siteFolder: URL) -> [String] {
        var files = [SiteLayout.configFile]
        let templates = siteFolder.appendingPathComponent(SiteLayout.templatesFolder)
        if let walker = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil) {
            let prefix = templates.standardizedFileURL.path + "/"
            var found: [String] = []
            for case let url as URL in walker where url.pathExtension == "mustache" {
                let path = url.standardizedFileURL.path
                if path.hasPrefix(prefix) { found.append(SiteLayout.templatesFolder + "/" + path.dropFirst(prefix.count)) }
            }
            files += found.sorted()
        }
        return files
    }

    /// The output folder as messages name it: relative to the site folder when inside it.
    static func shownPath(of folder: URL, in siteFolder: URL?) -> String {
        let path = folder.standardizedFileURL.path
        if let siteFolder {
            let prefix = siteFolder.standardizedFileURL.path + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
