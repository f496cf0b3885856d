import Build
import Diagnostics
import Dispatch
import Foundation
import Output

/// Builds the site for the server, again after each change, reusing what did not change, and
/// publishes the result: a new snapshot when the build succeeded, the diagnostics when it
/// failed (the last good site stays). Returns the event that tells browsers.
final class SiteRebuilder: @unchecked Sendable {
    private let options: ServeOptions
    private let state: PreviewState
    /// Builds run one at a time on this queue, off Swift's cooperative threads.
    private let queue = DispatchQueue(label: "sitegen.rebuild")
    // Touched on `queue` only.
    private var memo = BuildMemo()
    /// The diagnostics of the last build, without their lines (see `printDiagnostics`).
    private var lastDiagnostics: Set<Diagnostic> = []
    private var wroteOutput = false

    init(options: ServeOptions, state: PreviewState) {
        self.options = options
        self.state = state
    }

    /// What one rebuild did.
    struct Outcome: Sendable {
        var event: LiveEvent?
        var succeeded: Bool
        var seconds: Double
        var pagesRendered: Int
        var filesChanged: Int
        /// `load 3 ms, parse 1 ms, …, publish 1 ms`: where the time went.
        var stages: String
        /// Files the build read outside the folders every build reads, to watch as well.
        var namedFiles: Set<String> = []
    }

    func rebuild(_ change: SiteChange?) async -> Outcome {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.rebuildNow(change)) }
        }
    }

    private func rebuildNow(_ change: SiteChange?) -> Outcome {
        let start = DispatchTime.now().uptimeNanoseconds
        // What the build replaces in the memo is freed once the outcome is out, not during the build.
        let replaced = memo
        var outcome = Outcome(event: nil, succeeded: false, seconds: 0, pagesRendered: 0, filesChanged: 0, stages: "")
        var items: [OutputItem] = []
        var report: BuildReport
        switch buildOptions() {
        case .failure(let diagnostic):
            report = BuildReport(diagnostics: [diagnostic])
        case .success(let buildOptions):
            let invalidated = change.flatMap { $0.everything ? nil : $0.paths }
            let generated = SiteBuilder(formats: options.formats).generate(buildOptions, memo: &memo, invalidated: invalidated)
            (items, report) = (generated.items, generated.report)
            outcome.namedFiles = Set(generated.namedFiles)
        }
        let publishStart = DispatchTime.now().uptimeNanoseconds
        var files = ServedFiles()
        var changes: (changed: [String], removed: [String]) = ([], [])
        if report.succeeded {
            let updated = state.current.files.updated(with: items)
            (files, changes) = (updated.files, (updated.changed, updated.removed))
            if let output = options.output { write(items, changes: changes, to: output, report: &report) }
        }
        printDiagnostics(report.diagnostics)
        let failure = report.succeeded ? nil : DiagnosticFormatter.format(report.diagnostics.sortedByLocation())
        outcome.event = state.update { snapshot in
            let wasFailing = snapshot.failure != nil
            if let failure {
                guard failure != snapshot.failure else { return nil }
                snapshot.failure = failure
            } else {
                snapshot.failure = nil
                snapshot.files = files
                snapshot.hasSite = true
                if changes.changed.isEmpty, changes.removed.isEmpty, !wasFailing { return nil }
            }
            snapshot.version += 1
            let onlyStyles = failure == nil && !wasFailing && changes.removed.isEmpty
                && changes.changed.allSatisfy { $0.hasSuffix(".css") }
            return onlyStyles ? .stylesheets(version: snapshot.version) : .reload(version: snapshot.version)
        }
        report.timings.append(("publish", Double(DispatchTime.now().uptimeNanoseconds - publishStart) / 1e9))
        outcome.stages = report.stageSummary
        outcome.succeeded = report.succeeded
        outcome.pagesRendered = report.pagesRendered
        outcome.filesChanged = changes.changed.count + changes.removed.count
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        queue.async { withExtendedLifetime(replaced) {} }
        return outcome
    }

    private func buildOptions() -> Result<BuildOptions, Diagnostic> {
        switch BuildDate.resolve(now: options.now, environment: options.environment) {
        case .failure(let error):
            return .failure(.error(error.description, at: nil))
        case .success(let date):
            var buildOptions = BuildOptions(
                source: options.source, output: options.output, baseURL: options.baseURL ?? "/",
                includeDrafts: options.includeDrafts, buildDate: date)
            buildOptions.keepsConfiguredOrigin = true
            return .success(buildOptions)
        }
    }

    /// With `--output`: the first build swaps in a whole folder; later ones rewrite only the
    /// files that changed and delete the ones that went away.
    private func write(_ items: [OutputItem], changes: (changed: [String], removed: [String]), to output: URL, report: inout BuildReport) {
        var writer = OutputWriter(destination: output, protecting: [options.source])
        writer.onWait = { Console.error($0) }
        do {
            if wroteOutput {
                let changed = Set(changes.changed)
                try writer.update(items.filter { changed.contains($0.path) }, removing: changes.removed)
            } else {
                report.diagnostics += try writer.write(items).warnings
                wroteOutput = true
            }
        } catch {
            report.diagnostics += error.diagnostics
        }
    }

    /// Prints the diagnostics of a build that the last build did not have, and how many others
    /// still hold. A diagnostic that only moved (lines added above what it is about) is not new:
    /// a large bibliography may keep thousands of warnings, which are not printed again on each save.
    private func printDiagnostics(_ diagnostics: [Diagnostic]) {
        func unplaced(_ diagnostic: Diagnostic) -> Diagnostic {
            var key = diagnostic
            key.location?.line = 0
            return key
        }
        let current = Set(diagnostics.map(unplaced))
        guard current != lastDiagnostics else { return }
        let new = diagnostics.sortedByLocation().filter { !lastDiagnostics.contains(unplaced($0)) }
        let kept = diagnostics.count - new.count
        lastDiagnostics = current
        var lines = new.map(DiagnosticFormatter.format)
        if kept > 0, !new.isEmpty { lines.append("(and \(kept) more, as printed before)") }
        if !lines.isEmpty { Console.error(lines.joined(separator: "\n")) }
    }
}
