import Diagnostics
import Models

/// What a build did: its diagnostics, what it wrote, and how long each stage took.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var pagesByKind: [String: Int] = [:]
    public var filesCopied = 0
    public var bytesWritten = 0
    /// The output already held exactly what the build made, so no file was written.
    public var outputUnchanged = false
    /// Pages rendered by this build; the others kept their output from the previous build.
    public var pagesRendered = 0
    /// Stage name and seconds, in the order the stages ran.
    public var timings: [(stage: String, seconds: Double)] = []

    public init(diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    public var succeeded: Bool { !diagnostics.hasErrors }
    public var pageCount: Int { pagesByKind.values.reduce(0, +) }
    public var totalSeconds: Double { timings.reduce(0) { $0 + $1.seconds } }

    /// One line: `Built 42 pages (…) and copied 9 files in 35 ms: load 3 ms, parse 12 ms, …; 1 warning`.
    public var summary: String {
        let kinds = pagesByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let warnings = diagnostics.warnings.count
        let warningText = warnings == 0 ? "" : "; \(warnings) warning\(warnings == 1 ? "" : "s")"
        return "Built \(pageCount) pages (\(kinds)) and copied \(filesCopied) files in \(Self.milliseconds(totalSeconds)): \(stageSummary)\(warningText)"
    }

    /// `load 3 ms, parse 12 ms, …`: each stage and its time, in the order they ran.
    public var stageSummary: String {
        timings.map { "\($0.stage) \(Self.milliseconds($0.seconds))" }.joined(separator: ", ")
    }

    static func milliseconds(_ seconds: Double) -> String {
        let value = seconds * 1000
        return value < 10 ? "\((value * 10).rounded() / 10) ms" : "\(Int(value.rounded())) ms"
    }
}
