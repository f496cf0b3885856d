@testable import Build
import Diagnostics
import Foundation
import Load
import Models
import Testing

/// A build with a record folder keeps a record of what it read and wrote; the next build into
/// the same output that finds every input, setting and output file as recorded does no work
/// and repeats the summary, and any difference leads to a full build whose output is that of
/// a fresh one.
@Suite struct BuildRecordTests {
    static let files = [
        "site.yml": "title: Lab\nbase_url: https://lab.example.org/\nbibliography: [refs/papers.bib]\n",
        "content/index.md": "Home.\n",
        "content/news/a.md": "---\ntitle: A\ntitel: typo\ndate: 2026-01-02\n---\nFirst text.\n",
        "content/news/b.md": "---\ntitle: B\ndate: 2026-05-03\ndraft: true\n---\nSecond.\n",
        "content/seminars/2026-06-01-talk.md": "---\ntitle: A session\ndate: 2026-06-01\ntalks:\n  - title: A talk\n    speaker: Ada\n---\nAbstract.\n",
        "refs/papers.bib": "@article{knuth84, title={Literate Programming}, author={Knuth, Donald}, journal={The Computer Journal}, year={1984}, abstract={Programs as works of literature.}}\n",
    ]

    struct Settings {
        var now = "2026-06-01"
        var drafts = false
        var baseURL: String?
    }

    static func records(of site: TempSite) -> URL {
        site.root.deletingLastPathComponent().appendingPathComponent("records")
    }

    /// Builds with a record folder unless `recorded` is false. Files are trusted as soon as they
    /// are written (`settling`), as a test writes them a moment before it builds.
    static func build(
        _ site: TempSite, _ settings: Settings = Settings(), output: URL? = nil, recorded: Bool = true, settling: Duration = .zero
    ) -> BuildReport {
        let date = ContentDate(parsing: settings.now) ?? FixtureTests.defaultBuildDate
        var options = BuildOptions(source: site.root, output: output ?? site.output, baseURL: settings.baseURL, includeDrafts: settings.drafts, buildDate: date)
        if recorded { options.recordFolder = records(of: site) }
        options.programVersion = "test"
        options.recordSettling = settling
        return SiteBuilder().build(options)
    }

    /// Whether the build stopped after checking its record.
    static func didNoWork(_ report: BuildReport) -> Bool {
        report.timings.map(\.stage) == ["check"]
    }

    static func recordFiles(of site: TempSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: records(of: site).path)
    }

    @Test func aSecondBuildWithNothingChangedDoesNoWorkAndRepeatsTheReport() throws {
        let site = try TempSite(Self.files)
        let first = Self.build(site)
        #expect(first.succeeded && !Self.didNoWork(first))
        #expect(first.timings.map(\.stage) == ["check", "load", "parse", "assemble", "render", "derive", "write", "record"])
        #expect(first.diagnostics.map(\.headline) == ["content/news/a.md:3:1: warning: unknown key 'titel' in front matter; did you mean 'title'?"])
        let before = OutputUnchangedTests.stamps(in: site.output)
        let second = Self.build(site)
        #expect(Self.didNoWork(second))
        #expect(second.outputUnchanged && second.bytesWritten == 0 && second.pagesRendered == 0)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.pagesByKind == first.pagesByKind && second.filesCopied == first.filesCopied)
        #expect(OutputUnchangedTests.stamps(in: site.output) == before)
        #expect(try OutputWriterTests.names(in: site.root) == ["_site", "content", "refs", "site.yml"])
        #expect(try Self.recordFiles(of: site).count == 1)
    }

    @Test(arguments: [
        "a page edited to the same size", "a page added", "a page removed", "an asset added", "site.yml edited",
        "the bibliography edited", "the bibliography no longer named", "an output file edited", "an output file removed", "another day", "drafts shown",
        "another base URL", "the record damaged",
    ])
    func anyChangeLeadsToAFullBuildAsFreshAsAnyOther(change: String) throws {
        let site = try TempSite(Self.files)
        #expect(Self.build(site).succeeded)
        var settings = Settings()
        let output = site.output.path
        switch change {
        case "a page edited to the same size": try site.write("content/news/a.md", Self.files["content/news/a.md"]!.replacingOccurrences(of: "First", with: "Fresh"))
        case "a page added": try site.write("content/news/c.md", "---\ntitle: C\ndate: 2026-02-02\n---\nThird.\n")
        case "a page removed": try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/news/a.md"))
        case "an asset added": try site.write("assets/extra.css", "body { color: black; }\n")
        case "site.yml edited": try site.write("site.yml", Self.files["site.yml"]!.replacingOccurrences(of: "title: Lab", with: "title: The Lab"))
        case "the bibliography edited": try site.write("refs/papers.bib", Self.files["refs/papers.bib"]!.replacingOccurrences(of: "1984", with: "1985"))
        case "the bibliography no longer named": try site.write("site.yml", "title: Lab\nbase_url: https://lab.example.org/\n")
        case "an output file edited": try Data("edited".utf8).write(to: URL(fileURLWithPath: output + "/index.html"))
        case "an output file removed": try FileManager.default.removeItem(atPath: output + "/news/a/index.html")
        case "another day": settings.now = "2026-06-02"
        case "drafts shown": settings.drafts = true
        case "another base URL": settings.baseURL = "/lab/"
        default:
            let record = try #require(try Self.recordFiles(of: site).first)
            try Data("{\"layout\": 1".utf8).write(to: Self.records(of: site).appendingPathComponent(record))
        }
        let rebuilt = Self.build(site, settings)
        #expect(rebuilt.succeeded && !Self.didNoWork(rebuilt))
        let fresh = site.root.deletingLastPathComponent().appendingPathComponent("fresh")
        #expect(Self.build(site, settings, output: fresh, recorded: false).succeeded)
        #expect(OutputWriterTests.files(in: site.output) == OutputWriterTests.files(in: fresh))
        #expect(Self.didNoWork(Self.build(site, settings)))
    }

    /// A file changed within the settling time may change again without a new stamp (a file
    /// system's coarse clock): the build writes no record, and the next one runs in full.
    @Test func aBuildRightAfterAnEditWritesNoRecord() throws {
        let site = try TempSite(Self.files)
        #expect(Self.build(site, settling: .seconds(60)).succeeded)
        #expect(!FileManager.default.fileExists(atPath: Self.records(of: site).path))
        #expect(!Self.didNoWork(Self.build(site, settling: .seconds(60))))
        #expect(!Self.didNoWork(Self.build(site)))
        #expect(Self.didNoWork(Self.build(site, settling: .seconds(60))))
        let stamp = try #require(FileStamp(path: site.root.appendingPathComponent("site.yml").path))
        #expect(BuildRecord.isSettled(["site.yml": stamp], at: stamp.changed + 1_000_000_000, settling: .milliseconds(999)))
        #expect(!BuildRecord.isSettled(["site.yml": stamp], at: stamp.changed + 1_000_000_000, settling: .seconds(1)))
        #expect(!BuildRecord.isSettled(["site.yml": stamp], at: stamp.changed + 1_400_000_000, settling: .milliseconds(1500)))
        // A modification time set back (`touch -d`, an archive) does not settle a file: its change time is now.
        let page = site.root.appendingPathComponent("content/index.md").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: page)
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        #expect(!BuildRecord.isSettled(["content/index.md": try #require(FileStamp(path: page))], at: now, settling: .seconds(60)))
    }

    @Test func theSamePageTextInANewFileLeadsToAFullBuild() throws {
        let site = try TempSite(Self.files)
        #expect(Self.build(site).succeeded)
        let page = site.root.appendingPathComponent("content/index.md")
        try FileManager.default.removeItem(at: page)
        try Data("Home.\n".utf8).write(to: page)
        #expect(!Self.didNoWork(Self.build(site)))
    }

    @Test func aBuildThatFailsLeavesTheRecordOfTheOutputItLeftAlone() throws {
        let site = try TempSite(Self.files)
        #expect(Self.build(site).succeeded)
        let record = Self.records(of: site).appendingPathComponent(try #require(try Self.recordFiles(of: site).first))
        let recorded = try Data(contentsOf: record)
        try site.write("site.yml", "title: [Lab\n")
        let failed = Self.build(site)
        #expect(!failed.succeeded && !Self.didNoWork(failed))
        #expect(try Data(contentsOf: record) == recorded)
        try site.write("site.yml", Self.files["site.yml"]!)
        #expect(!Self.didNoWork(Self.build(site)))
        #expect(Self.didNoWork(Self.build(site)))
    }

    @Test func twoOutputsOfOneSiteKeepTwoRecords() throws {
        let site = try TempSite(Self.files)
        let other = site.root.deletingLastPathComponent().appendingPathComponent("other/_site")
        #expect(Self.build(site).succeeded && Self.build(site, output: other).succeeded)
        #expect(try Self.recordFiles(of: site).count == 2)
        #expect(Self.didNoWork(Self.build(site)) && Self.didNoWork(Self.build(site, output: other)))
    }

    /// Records of outputs built long ago (temporary folders) do not pile up: the folder keeps the
    /// 32 written last, and nothing but records is deleted.
    @Test func theRecordFolderKeepsTheRecordsWrittenLast() throws {
        let site = try TempSite(Self.files)
        let folder = Self.records(of: site)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<40 {
            let file = folder.appendingPathComponent("old-\(index).record")
            try Data("stale".utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(index))], ofItemAtPath: file.path)
        }
        try Data("not a record".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(Self.build(site).succeeded)
        let names = Set(try Self.recordFiles(of: site))
        #expect(names.count == 33 && names.contains("notes.txt"))
        #expect(names.contains { $0.hasPrefix("_site-") })
        #expect(names.isSuperset(of: (9..<40).map { "old-\($0).record" }))
        #expect(names.isDisjoint(with: (0..<9).map { "old-\($0).record" }))
    }

    @Test func aRecordThatCannotBeWrittenIsAWarningAndTheSiteIsBuilt() throws {
        let site = try TempSite(Self.files)
        try Data("a file, not a folder".utf8).write(to: Self.records(of: site))
        let report = Self.build(site)
        #expect(report.succeeded && site.page("index.html") != nil)
        let warning = try #require(report.diagnostics.last)
        #expect(warning.severity == .warning && warning.location == nil)
        #expect(warning.message == "could not keep the build record (\(Self.records(of: site).path): Not a directory): the next build will redo all its work even if nothing changed")
        #expect(!Self.didNoWork(Self.build(site)))
    }

    @Test func aRecordFileReadsBackAsWrittenAndNotAtAllWhenCutShort() throws {
        let setting = BuildRecord.Setting(
            program: "test", libraries: "none", source: "/site", output: "/site/_site", baseURL: nil, keepsConfiguredOrigin: false,
            includeDrafts: true, buildDate: "2026-06-01", formats: ["MarkdownFormat"])
        let stamp = FileStamp(inode: 12, size: 345, modified: -1_000, changed: 1_767_225_600_123_456_789)
        let record = BuildRecord(
            setting: setting,
            inputs: ["content/a b.md": stamp, "content/100%.md": stamp, "content/line\nfeed.md": stamp, "content/été.md": stamp],
            namedFiles: ["refs/%0A.bib"], output: ["index.html": stamp, "news/%25/index.html": stamp],
            diagnostics: [.warning("two\nlines", at: SourceLocation(path: "content/a b.md", line: 3, column: 1), sourceLine: "titel: A")],
            pagesByKind: ["news": 1], filesCopied: 2)
        let bytes = try BuildRecordFile.encode(record)
        #expect(BuildRecordFile.decode(bytes) == record)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n12 345 -1000 1767225600123456789 content/line%0Afeed.md\n"))
        for length in 0..<bytes.count {
            #expect(BuildRecordFile.decode(Array(bytes[..<length])) == nil, "cut at \(length)")
        }
    }
}
