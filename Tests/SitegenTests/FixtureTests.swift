import Build
import Diagnostics
import Foundation
import Models
import Testing

/// Fixture sites under `Fixtures/`: each valid one builds to exactly its `expected/` tree,
/// each invalid one fails with exactly the diagnostics in its `expected.txt`.
/// Run with `UPDATE_FIXTURES=1` to rewrite the expectations after a deliberate change (refused
/// when `CI` is set, where it would only compare the output with itself).
/// A fixture may hold a `build-date.txt` (`2026-03-15`) for the day it is built on.
@Suite struct FixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let defaultBuildDate = ContentDate(year: 2026, month: 6, day: 1)

    struct FixtureError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    /// The fixtures of a folder; a missing or empty folder is an error, not zero passing cases.
    static func names(in folder: String) throws -> [String] {
        let path = root.appendingPathComponent(folder).path
        guard FileManager.default.fileExists(atPath: path) else { throw FixtureError(description: "no folder Fixtures/\(folder)") }
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { !$0.hasPrefix(".") }.sorted()
        guard !names.isEmpty else { throw FixtureError(description: "no fixtures in Fixtures/\(folder)") }
        return names
    }

    /// Whether to rewrite the expectations; under CI that is a failure of its own.
    static func updating(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Bool {
        guard environment["UPDATE_FIXTURES"] == "1" else { return false }
        if let ci = environment["CI"], !ci.isEmpty {
            throw FixtureError(description: "UPDATE_FIXTURES=1 is refused when CI is set: it would compare the output with itself")
        }
        return true
    }

    static func buildDate(of fixture: URL) throws -> ContentDate {
        let file = fixture.appendingPathComponent("build-date.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { return defaultBuildDate }
        let text = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let date = ContentDate(parsing: text) else { throw FixtureError(description: "\(file.path): not a date: \(text)") }
        return date
    }

    @Test(arguments: try names(in: "valid"))
    func validSiteBuildsToItsExpectedOutput(name: String) throws {
        let fixture = Self.root.appendingPathComponent("valid/\(name)")
        let output = try TempSite()
        let destination = output.root.appendingPathComponent("out")
        let report = SiteBuilder().build(BuildOptions(
            source: fixture.appendingPathComponent("site"), output: destination, buildDate: try Self.buildDate(of: fixture)))
        let warnings = report.diagnostics.isEmpty ? "" : DiagnosticFormatter.format(report.diagnostics) + "\n"
        let actual = Self.files(below: destination)
        let expectedFolder = fixture.appendingPathComponent("expected")
        if try Self.updating() {
            try Self.writeExpectedWarnings(warnings, of: fixture)
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in actual {
                let url = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        #expect(warnings == Self.expectedWarnings(of: fixture), "\(name)")
        let expected = Self.files(below: expectedFolder)
        #expect(!expected.isEmpty, "\(name): no expected/ files")
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected {
            #expect(actual[path].map { String(decoding: $0, as: UTF8.self) } == String(decoding: data, as: UTF8.self), "\(name): \(path)")
        }
    }

    /// The exact warnings a valid fixture builds with, from its `warnings.txt` (none without one).
    static func expectedWarnings(of fixture: URL) -> String {
        (try? String(contentsOf: fixture.appendingPathComponent("warnings.txt"), encoding: .utf8)) ?? ""
    }

    static func writeExpectedWarnings(_ warnings: String, of fixture: URL) throws {
        let file = fixture.appendingPathComponent("warnings.txt")
        if warnings.isEmpty {
            try? FileManager.default.removeItem(at: file)
        } else {
            try warnings.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: try names(in: "invalid"))
    func invalidSiteFailsWithItsExpectedDiagnostics(name: String) throws {
        let fixture = Self.root.appendingPathComponent("invalid/\(name)")
        let output = try TempSite()
        let report = SiteBuilder().build(BuildOptions(
            source: fixture, output: output.root.appendingPathComponent("out"), buildDate: try Self.buildDate(of: fixture)))
        #expect(!report.succeeded)
        let actual = DiagnosticFormatter.format(report.diagnostics) + "\n"
        let expectedFile = fixture.appendingPathComponent("expected.txt")
        if try Self.updating() { try actual.write(to: expectedFile, atomically: true, encoding: .utf8) }
        #expect(actual == (try String(contentsOf: expectedFile, encoding: .utf8)))
        #expect(!FileManager.default.fileExists(atPath: output.root.appendingPathComponent("out").path))
    }

    @Test func missingFixtureFolderIsAnError() {
        #expect(throws: FixtureError(description: "no folder Fixtures/no-such-folder")) { try Self.names(in: "no-such-folder") }
    }

    @Test func updatingIsRefusedUnderCI() throws {
        #expect(try Self.updating(["UPDATE_FIXTURES": "1"]))
        #expect(try !Self.updating([:]))
        #expect(throws: FixtureError(description: "UPDATE_FIXTURES=1 is refused when CI is set: it would compare the output with itself")) {
            try Self.updating(["UPDATE_FIXTURES": "1", "CI": "true"])
        }
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
