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
    public func derive(from site: Site, besides written: [String], earlier: DerivedMemo? = nil) -> (outcome: DerivedOutcome, memo: DerivedMemo) {
        var outcome = DerivedOutcome()
        var memo = DerivedMemo()
        var withoutOrigin: [String] = []
        for output in outputs where !Self.isTaken(output.path, by: written) && output.applies(to: site) {
            if output.needsOrigin, site.config.origin == nil {
                withoutOrigin.append(output.skippedName)
                continue
            }
            let made = memo.outcome(of: output, for: site, earlier: earlier)
            outcome.files += made.files
            outcome.diagnostics += made.diagnostics
        }
        if !withoutOrigin.isEmpty {
            outcome.diagnostics.append(.warning(Self.noOriginMessage(withoutOrigin), at: nil))
        }
        return (outcome, memo)
    }

    /// `base_url has no host, so sitemap.xml and robots.txt are not written; …`.
    static func noOriginMessage(_ paths: [String]) -> String {
        let names = paths.count == 1 ? paths[0] : paths.dropLast().joined(separator: ", ") + " and " + paths[paths.count - 1]
        return "base_url has no host, so \(names) \(paths.count == 1 ? "is" : "are") not written; "
            + "give a full URL such as https://example.org/ in site.yml or with --base-url"
    }

    /// Whether `path` is one of `written`, or a folder that holds one of them.
    static func isTaken(_ path: String, by written: [String]) -> Bool {
        let folder = path + "/"
        return written.contains { $0 == path || $0.hasPrefix(folder) }
    }
}
