import Build
import Diagnostics
import Foundation
import Load
import Models
import Testing

/// Builds mutants of a small valid site, in-process and through the `sitegen` binary, into an
/// output folder that holds the previous good build, for a time budget.
///
/// Each build must end in success, or in failure with positioned errors and the previous
/// output byte for byte as it was; none may take longer than `caseLimit` (a hang guard).
/// `SITEGEN_FUZZ_SECONDS` sets the budget (default 20), `SITEGEN_FUZZ_CASES` the most cases
/// (no bound by default; a tenth of that through the binary), `SITEGEN_FUZZ_SEED` the seed; a failing
/// case is named with its seed and mutations, and its site kept for replaying.
@Suite(.serialized) struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["SITEGEN_FUZZ_SECONDS"].flatMap(Double.init) ?? 20
    static let seed = environment["SITEGEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5173_6567_656E
    /// At most this many in-process cases (`SITEGEN_FUZZ_CASES`), to run the same cases on any
    /// machine; by default the time budget alone bounds the run.
    static let maximumCases = environment["SITEGEN_FUZZ_CASES"].flatMap { Int($0) } ?? Int.max
    /// Replays one case alone (with its run's seed): `SITEGEN_FUZZ_CASE=17`.
    static let onlyCase = environment["SITEGEN_FUZZ_CASE"].flatMap { Int($0) }
    static let caseLimit = Duration.seconds(5)
    /// `SITEGEN_FUZZ_VERBOSE=1` prints each case: its mutations and first diagnostic.
    static let verbose = environment["SITEGEN_FUZZ_VERBOSE"] != nil
    /// The share of the budget spent on the binary: few cases, as each starts a process.
    static let commandLineShare = 0.15

    /// A run's folders: the mutant's source and the output it builds into, side by side.
    final class Workspace {
        let root: URL
        var source: URL { root.appendingPathComponent("site") }
        var output: URL { root.appendingPathComponent("out") }
        /// Every file of the output after the last successful build.
        var previous: [String: Data] = [:]

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fuzz-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        @discardableResult
        func place(_ site: FuzzSite) throws -> [[UInt8]] {
            try? FileManager.default.removeItem(at: source)
            try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
            return try site.write(to: source.path)
        }

        func outputFiles() -> [String: Data] {
            var files: [String: Data] = [:]
            guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return files }
            for case let path as String in enumerator {
                var isDirectory: ObjCBool = false
                let full = output.path + "/" + path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[path] = FileManager.default.contents(atPath: full) ?? Data()
                }
            }
            return files
        }

        /// Keeps the mutant's site where a failing case can be read and built again.
        func keep(_ site: FuzzSite, name: String) -> String {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fuzz-failures/\(name)").path
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = try? site.write(to: folder)
            return folder
        }
    }

    static let buildDate = ContentDate(year: 2026, month: 6, day: 1)

    func build(_ workspace: Workspace) -> BuildReport {
        SiteBuilder().build(BuildOptions(
            source: workspace.source, output: workspace.output, baseURL: nil, includeDrafts: false, buildDate: Self.buildDate))
    }

    @Test func mutatedSitesBuildOrFailWithPositionsAndLeaveThePreviousOutput() throws {
        let workspace = try Workspace()
        try workspace.place(.base)
        let first = build(workspace)
        try #require(first.succeeded, "the base site must build: \(first.rendered)")
        workspace.previous = workspace.outputFiles()
        try #require(workspace.previous.count > 10)

        let clock = ContinuousClock()
        let start = clock.now
        let budget = Duration.seconds(Self.seconds)
        let inProcessBudget = budget * (1 - Self.commandLineShare)
        var (cases, failures, successes, problems) = (0, 0, 0, 0)
        var index = Self.onlyCase ?? 0
        while problems < 5 {
            if let only = Self.onlyCase { if index > only { break } } else if clock.now - start > inProcessBudget || index >= Self.maximumCases { break }
            let commandLine = Self.onlyCase == nil ? false : Self.environment["SITEGEN_FUZZ_CLI"] != nil
            let outcome = try runCase(index, in: workspace, commandLine: commandLine)
            cases += 1
            if outcome.succeeded { successes += 1 } else { failures += 1 }
            if !outcome.problems.isEmpty { problems += 1 }
            index += 1
        }
        if Self.onlyCase == nil {
            var commandLineCases = 0
            while problems < 5, clock.now - start < budget && commandLineCases < Self.maximumCases / 10 || commandLineCases < 3 {
                let outcome = try runCase(index, in: workspace, commandLine: true)
                cases += 1
                commandLineCases += 1
                if outcome.succeeded { successes += 1 } else { failures += 1 }
                if !outcome.problems.isEmpty { problems += 1 }
                index += 1
            }
        }
        print("fuzz: seed \(Self.seed), \(cases) cases (\(successes) built, \(failures) refused) in \(clock.now - start)")
        if Self.onlyCase == nil { #expect(failures > 0 && successes > 0, "the mutants should both build and fail") }
    }

    struct Outcome {
        var succeeded: Bool
        var problems: [String]
    }

    /// Builds case `index`; records an issue for each broken promise, naming the case.
    func runCase(_ index: Int, in workspace: Workspace, commandLine: Bool) throws -> Outcome {
        let caseSeed = SplitMix64.caseSeed(Self.seed, index)
        var mutator = SiteMutator(seed: caseSeed)
        let site = mutator.mutate(.base)
        let written = try workspace.place(site)
        let clock = ContinuousClock()
        let started = clock.now
        let result = commandLine ? try runBinary(workspace) : inProcess(workspace)
        let elapsed = clock.now - started
        var problems = result.problems
        if elapsed > Self.caseLimit { problems.append("took \(elapsed), more than \(Self.caseLimit)") }
        if result.succeeded, FuzzSite.readsNameThatIsNotUTF8(written) { problems.append("succeeded with a file name that is not UTF-8") }
        var now = workspace.outputFiles()
        if !commandLine, index % 3 == 0 {
            // The same site with CR line ends must give the same output, or the same diagnostics.
            let crOnly = site.withCarriageReturnLineEnds()
            try workspace.place(crOnly)
            let report = build(workspace)
            let output = workspace.outputFiles()
            if report.succeeded != result.succeeded || (result.succeeded ? output != now : report.rendered != result.rendered) {
                let differing = Set(output.keys).union(now.keys).filter { output[$0] != now[$0] }.sorted().prefix(5)
                problems.append("""
                    with CR line ends: \(report.succeeded ? "built" : "failed") \(report.succeeded == result.succeeded ? "differently" : "") \(differing)
                    \(report.rendered)
                    with LF line ends:
                    \(result.rendered)
                    """)
            }
            now = output
        }
        if result.succeeded {
            if now.isEmpty { problems.append("succeeded but the output is empty") }
            workspace.previous = now
        } else if now != workspace.previous {
            let changed = Set(now.keys).symmetricDifference(workspace.previous.keys).union(now.keys.filter { now[$0] != workspace.previous[$0] })
            problems.append("failed but changed the previous output: \(changed.sorted().prefix(5))")
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: workspace.root.path))?.filter { $0 != "site" && $0 != "out" } ?? []
        if !leftovers.isEmpty { problems.append("left \(leftovers) beside the output") }
        if Self.verbose {
            let first = result.rendered.split(separator: "\n").first.map(String.init) ?? ""
            print("case \(index) \(commandLine ? "cli " : "")\(result.succeeded ? "built" : "failed") in \(elapsed): \(mutator.log.joined(separator: "; "))\n    \(first)")
        }
        if !problems.isEmpty {
            let kept = workspace.keep(site, name: "\(Self.seed)-\(index)")
            Issue.record("""
                fuzz case \(index) (SITEGEN_FUZZ_SEED=\(Self.seed) SITEGEN_FUZZ_CASE=\(index)\(commandLine ? " SITEGEN_FUZZ_CLI=1" : ""); site kept in \(kept)):
                mutations: \(mutator.log.joined(separator: "; "))
                \(problems.joined(separator: "\n"))
                """)
        }
        return Outcome(succeeded: result.succeeded, problems: problems)
    }

    struct BuildResult {
        var succeeded: Bool
        var problems: [String]
        /// The diagnostics as printed (in-process builds only).
        var rendered = ""
    }

    private func inProcess(_ workspace: Workspace) -> BuildResult {
        let report = build(workspace)
        var problems: [String] = []
        let errors = report.diagnostics.errors
        if !report.succeeded, errors.isEmpty { problems.append("failed without an error") }
        if report.succeeded, !errors.isEmpty { problems.append("succeeded with errors: \(DiagnosticFormatter.format(errors))") }
        for error in errors {
            guard let location = error.location, location.line >= 1, location.column >= 1, !location.path.isEmpty else {
                problems.append("an error without a position: \(DiagnosticFormatter.format(error))")
                continue
            }
            if let problem = Self.outOfFile(location, source: workspace.source) {
                problems.append("\(problem): \(DiagnosticFormatter.format(error))")
            }
        }
        let printed = DiagnosticFormatter.format(report.diagnostics)
        if printed.unicodeScalars.contains(where: { PrintableText.needsEscape($0) && $0 != "\n" && $0 != "\t" }) {
            problems.append("diagnostics print a control character: \(printed.debugDescription)")
        }
        return BuildResult(succeeded: report.succeeded, problems: problems, rendered: report.rendered)
    }

    /// Why a position does not exist in its file (a line past the end, a column past the line's
    /// end), or nil; files that cannot be read as UTF-8 text are not checked.
    static func outOfFile(_ location: Diagnostics.SourceLocation, source: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: source.path + "/" + location.path),
              case .success(let text) = SourceFile(path: location.path, bytes: [UInt8](data)).text() else { return nil }
        let lines = LineIndex(text: text)
        guard let line = lines.line(location.line) else { return "line \(location.line) of a file of \(lines.lineCount) lines" }
        let width = line.unicodeScalars.count
        return location.column <= width + 1 ? nil : "column \(location.column) of a line of \(width) characters"
    }

    /// `sitegen build`: exit 0, or exit 1 with every error line positioned and counted.
    private func runBinary(_ workspace: Workspace) throws -> BuildResult {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.environment = CommandLineTests.environment
        process.arguments = ["build", "--source", workspace.source.path, "--output", workspace.output.path, "--now", "2026-06-01", "--quiet"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: timer)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        timer.cancel()
        var problems: [String] = []
        let status = process.terminationStatus
        guard process.terminationReason == .exit, status == 0 || status == 1 else {
            return BuildResult(succeeded: false, problems: ["sitegen ended with \(process.terminationReason == .exit ? "exit status" : "signal") \(status): \(text)"])
        }
        // Headlines are the lines that are not indented: source lines and carets are.
        var (positioned, unpositioned) = (0, [String]())
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
            if let match = line.firstMatch(of: /:[0-9]+:[0-9]+: (error|warning):[ ]/) {
                if match.1 == "error" { positioned += 1 }
            } else if line.hasPrefix("error: ") {
                unpositioned.append(String(line))
            }
        }
        let summary = "error: build failed with \(positioned) error\(positioned == 1 ? "" : "s"); the previous output is unchanged"
        if status == 1, positioned == 0 || unpositioned != [summary] {
            problems.append("exit 1 without positioned errors and the summary line:\n\(text)")
        } else if status == 0, positioned > 0 || !unpositioned.isEmpty {
            problems.append("exit 0 with errors:\n\(text)")
        }
        if text.unicodeScalars.contains(where: { PrintableText.needsEscape($0) && $0 != "\n" && $0 != "\t" }) {
            problems.append("stderr holds a control character: \(text.debugDescription)")
        }
        return BuildResult(succeeded: status == 0, problems: problems)
    }
}
