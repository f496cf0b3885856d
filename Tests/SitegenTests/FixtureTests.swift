import Build
import Diagnostics
import Foundation
import Models
import Testing

/// Fixture sites under `Fixtures/`: each valid one builds to exactly its `expected/` tree,
/// each invalid one fails with exactly the diagnostics in its `expected.txt`.
/// Run with `UPDATE_FIXTURES=1` to rewrite the expectations after a deliberate change.
@Suite struct FixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_FIXTURES"] == "1"
    static let buildDate = ContentDate(year: 2026, month: 6, day: 1)

    static func names(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: names(in: "valid"))
    func validSiteBuildsToItsExpectedOutput(name: String) throws {
        let fixture = Self.root.appendingPathComponent("valid/\(name)")
        let output = try TempSite()
        let destination = output.root.appendingPathComponent("out")
        let report = SiteBuilder().build(BuildOptions(
            source: fixture.appendingPathComponent("site"), output: destination, buildDate: Self.buildDate))
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let actual = Self.files(below: destination)
        let expectedFolder = fixture.appendingPathComponent("expected")
        if Self.updating {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in actual {
                let url = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        let expected = Self.files(below: expectedFolder)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected {
            #expect(actual[path].map { String(decoding: $0, as: UTF8.self) } == String(decoding: data, as: UTF8.self), "\(name): \(path)")
        }
    }

    @Test(arguments: names(in: "invalid"))
    func invalidSiteFailsWithItsExpectedDiagnostics(name: String) throws {
        let fixture = Self.root.appendingPathComponent("invalid/\(name)")
        let output = try TempSite()
        let report = SiteBuilder().build(BuildOptions(
            source: fixture, output: output.root.appendingPathComponent("out"), buildDate: Self.buildDate))
        #expect(!report.succeeded)
        let actual = DiagnosticFormatter.format(report.diagnostics) + "\n"
        let expectedFile = fixture.appendingPathComponent("expected.txt")
        if Self.updating { try actual.write(to: expectedFile, atomically: true, encoding: .utf8) }
        #expect(actual == (try String(contentsOf: expectedFile, encoding: .utf8)))
        #expect(!FileManager.default.fileExists(atPath: output.root.appendingPathComponent("out").path))
    }

    static func files(below folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: base + "/" + path)
            }
        }
        return files
    }
}
