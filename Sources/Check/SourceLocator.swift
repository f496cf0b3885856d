import Diagnostics
import Foundation

/// Turns the check's findings into diagnostics at the place of the source that produced them:
/// the page's own source file (from where its page or entry starts), then `site.yml` and the
/// templates, searched for the URL or id as the source writes it. A finding the sources do not
/// write as it is (a URL a template builds) is placed in the output page.
///
/// One problem often shows on several pages (a publication's broken PDF link on its page, the
/// list and the home page): findings of one kind about one subject are reported once for each
/// place in a source, or once in all when none is found in a source.
public struct SourceLocator {
    /// The site folder, and where each output page's source starts (`content/news/a.md:1:1`, or
    /// the line of a BibTeX entry), relative to it.
    public struct Sources: Sendable {
        public var siteFolder: URL
        public var pageStarts: [String: SourceLocation]
        /// Files searched after the page's own source, relative to the site folder.
        public var sharedFiles: [String]

        public init(siteFolder: URL, pageStarts: [String: SourceLocation], sharedFiles: [String]) {
            self.siteFolder = siteFolder
            self.pageStarts = pageStarts
            self.sharedFiles = sharedFiles
        }
    }

    public let site: CheckedSite
    /// How the output folder is named in a place in the output (`_site`).
    public let outputFolder: String
    public let sources: Sources?
    private var files: [String: LineIndex] = [:]

    public init(site: CheckedSite, outputFolder: String, sources: Sources?) {
        self.site = site
        self.outputFolder = outputFolder.hasSuffix("/") ? String(outputFolder.dropLast()) : outputFolder
        self.sources = sources
    }

    public mutating func problems(for findings: [CheckFinding]) -> [CheckProblem] {
        struct Group {
            var inSource: [Diagnostic] = []
            var inOutput: [Diagnostic] = []
            var outputPages: Set<String> = []
        }
        var groups: [String: Group] = [:]
        var order: [String] = []
        for finding in findings {
            let key = finding.kind.rawValue + "\u{0}" + finding.subject
            if groups[key] == nil { order.append(key) }
            if let diagnostic = sourceDiagnostic(for: finding) {
                if groups[key]?.inSource.contains(where: { $0.location == diagnostic.location }) != true {
                    groups[key, default: Group()].inSource.append(diagnostic)
                }
            } else {
                groups[key, default: Group()].inOutput.append(outputDiagnostic(for: finding))
                groups[key, default: Group()].outputPages.insert(finding.page)
            }
        }
        return order.flatMap { key -> [CheckProblem] in
            guard let group = groups[key] else { return [] }
            let kind = String(key.prefix { $0 != "\u{0}" })
            let subject = String(key.drop { $0 != "\u{0}" }.dropFirst())
            if !group.inSource.isEmpty { return group.inSource.map { CheckProblem(kind: kind, subject: subject, diagnostic: $0) } }
            guard var first = group.inOutput.first else { return [] }
            let others = group.outputPages.count - 1
            if others > 0 { first.message += " (and on \(others) other page\(others == 1 ? "" : "s"))" }
            return [CheckProblem(kind: kind, subject: subject, diagnostic: first)]
        }
    }

    private mutating func sourceDiagnostic(for finding: CheckFinding) -> Diagnostic? {
        guard let sources else { return nil }
        let start = sources.pageStarts[finding.page]
        if finding.sourceTexts.isEmpty {
            guard let start else { return nil }
            return Diagnostic(finding.kind.severity, finding.message, at: start, sourceLine: lines(of: start.path)?.line(start.line))
        }
        for path in (start.map { [$0.path] } ?? []) + sources.sharedFiles {
            guard let index = lines(of: path) else { continue }
            let from = path == start?.path ? start?.line ?? 1 : 1
            if let (line, column) = Self.firstPlace(of: finding.sourceTexts, in: index, from: from) {
                return Diagnostic(finding.kind.severity, finding.message, at: SourceLocation(path: path, line: line, column: column),
                                  sourceLine: index.line(line))
            }
        }
        return nil
    }

    private func outputDiagnostic(for finding: CheckFinding) -> Diagnostic {
        let path = outputFolder + "/" + finding.page
        let place = finding.place ?? PageScan.Place(line: 1, column: 1)
        let line = site.pages[finding.page].flatMap { text in
            text.split(separator: "\n", maxSplits: place.line, omittingEmptySubsequences: false).dropFirst(place.line - 1).first.map(String.init)
        }
        return Diagnostic(finding.kind.severity, finding.message, at: SourceLocation(path: path, line: place.line, column: place.column), sourceLine: line)
    }

    /// The lines of a source file, read once; nil when it cannot be read.
    private mutating func lines(of path: String) -> LineIndex? {
        if let known = files[path] { return known }
        guard let sources, let data = FileManager.default.contents(atPath: sources.siteFolder.appendingPathComponent(path).path) else {
            return nil
        }
        let index = LineIndex(bytes: Array(data))
        files[path] = index
        return index
    }

    /// Where the first of `texts` (best first) is written, looking from line `start` to the end
    /// and then from the top.
    static func firstPlace(of texts: [String], in index: LineIndex, from start: Int) -> (line: Int, column: Int)? {
        let count = index.lineCount
        let order = Array(start...max(start, count)) + Array(1..<min(start, count + 1))
        for text in texts where !text.isEmpty {
            for number in order {
                guard let line = index.line(number), let range = line.range(of: text) else { continue }
                return (number, line.unicodeScalars[..<range.lowerBound].count + 1)
            }
        }
        return nil
    }
}
