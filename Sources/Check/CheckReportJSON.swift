import Diagnostics
import Foundation

/// `sitegen check --format json`: the report for tools, one object with the counts and every
/// problem with its kind, severity, place and the text of its source line.
struct CheckReportJSON: Encodable {
    struct Problem: Encodable {
        var kind: String
        var severity: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var sourceLine: String?
    }

    var succeeded: Bool
    var pages: Int
    var internalLinks: Int
    var externalURLs: Int
    var errors: Int
    var warnings: Int
    var problems: [Problem]

    init(_ report: SiteCheck.Report) {
        succeeded = report.succeeded
        pages = report.pagesChecked
        internalLinks = report.localReferencesChecked
        externalURLs = report.externalChecked
        errors = report.diagnostics.errors.count
        warnings = report.diagnostics.warnings.count
        problems = report.problems.map { problem in
            let diagnostic = problem.diagnostic
            return Problem(kind: problem.kind, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                           file: diagnostic.location?.path, line: diagnostic.location?.line, column: diagnostic.location?.column,
                           sourceLine: diagnostic.sourceLine)
        }
    }
}

extension SiteCheck.Report {
    /// The report as JSON (see `CheckReportJSON`), keys sorted, ending with a line break.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(CheckReportJSON(self)), as: UTF8.self) + "\n"
    }
}
