import Build
import Diagnostics
import Foundation
import JekyllImport
import Testing

/// Jekyll sites under `Fixtures/jekyll/`, in the shapes of academicpages and al-folio: each
/// imports to exactly its `expected/` tree (`UPDATE_FIXTURES=1` rewrites it), importing never
/// changes the source, importing again changes nothing, and the imported site builds without an
/// error, with exactly the warnings and pages of its `build.txt`.
@Suite struct JekyllFixtureTests {
    @Test(arguments: try FixtureTests.names(in: "jekyll"))
    func importsToItsExpectedTree(name: String) throws {
        let fixture = FixtureTests.root.appendingPathComponent("jekyll/\(name)")
        let source = fixture.appendingPathComponent("site")
        let sourceBefore = FixtureTests.files(below: source)
        let container = try TempSite()
        let destination = container.root.appendingPathComponent("imported")
        _ = try JekyllImporter(folder: source).run(into: destination)
        let actual = FixtureTests.files(below: destination)
        let expectedFolder = fixture.appendingPathComponent("expected")
        if try FixtureTests.updating() {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in actual {
                let url = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        let expected = FixtureTests.files(below: expectedFolder)
        #expect(!expected.isEmpty, "\(name): no expected/ files")
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected {
            #expect(actual[path].map { String(decoding: $0, as: UTF8.self) } == String(decoding: data, as: UTF8.self), "\(name): \(path)")
        }
        #expect(FixtureTests.files(below: source) == sourceBefore, "\(name): the source changed")

        let dates = try modificationDates(below: destination)
        _ = try JekyllImporter(folder: source).run(into: destination)
        #expect(FixtureTests.files(below: destination) == actual, "\(name): a second import changed the files")
        #expect(try modificationDates(below: destination) == dates, "\(name): a second import wrote files again")
    }

    @Test(arguments: try FixtureTests.names(in: "jekyll"))
    func importedSiteBuilds(name: String) throws {
        let fixture = FixtureTests.root.appendingPathComponent("jekyll/\(name)")
        let container = try TempSite()
        let site = container.root.appendingPathComponent("imported")
        _ = try JekyllImporter(folder: fixture.appendingPathComponent("site")).run(into: site)
        let output = container.root.appendingPathComponent("out")
        let report = SiteBuilder().build(BuildOptions(source: site, output: output, buildDate: FixtureTests.defaultBuildDate))
        #expect(!report.diagnostics.contains { $0.severity == .error }, "\(name)")
        let warnings = report.diagnostics.isEmpty ? "" : DiagnosticFormatter.format(report.diagnostics) + "\n"
        let pages = FixtureTests.files(below: output).keys.filter { $0.hasSuffix(".html") }.sorted()
        let actual = warnings + "Pages:\n" + pages.map { "  \($0)\n" }.joined()
        let expectedFile = fixture.appendingPathComponent("build.txt")
        if try FixtureTests.updating() { try Data(actual.utf8).write(to: expectedFile) }
        #expect(actual == (try? String(contentsOf: expectedFile, encoding: .utf8)), "\(name)")
    }

    func modificationDates(below folder: URL) throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for path in FixtureTests.files(below: folder).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            dates[path] = attributes[.modificationDate] as? Date
        }
        return dates
    }
}
