import Build
import Check
import Diagnostics
import Foundation
import Models
import Testing

/// `sitegen check` on fixture sites under `Fixtures/check/`: each reports exactly the problems
/// of its `expected.txt` (the diagnostics as printed, then the summary), and on the repository's
/// own demo site, which has none.
@Suite struct CheckFixtureTests {
    static func report(forSite site: URL, buildDate: ContentDate, baseURL: String? = nil) async -> SiteCheck.Report {
        await SiteCheck().run(.build(BuildOptions(source: site, baseURL: baseURL, buildDate: buildDate)))
    }

    static func printed(_ report: SiteCheck.Report) -> String {
        DiagnosticFormatter.format(report.diagnostics) + "\n" + report.summary + "\n"
    }

    @Test(arguments: try FixtureTests.names(in: "check"))
    func fixtureReportsItsExpectedProblems(name: String) async throws {
        let fixture = FixtureTests.root.appendingPathComponent("check/\(name)")
        let report = await Self.report(forSite: fixture.appendingPathComponent("site"), buildDate: try FixtureTests.buildDate(of: fixture))
        let actual = Self.printed(report)
        let expectedFile = fixture.appendingPathComponent("expected.txt")
        if try FixtureTests.updating() { try actual.write(to: expectedFile, atomically: true, encoding: .utf8) }
        #expect(actual == (try String(contentsOf: expectedFile, encoding: .utf8)))
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: fixture.appendingPathComponent("site/_site").path), "check writes nothing")
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [nil, "/lab-site/", "https://example.org/lab-site/"])
    func demoSiteHasNoProblems(baseURL: String?) async {
        let report = await Self.report(forSite: Self.repository, buildDate: ContentDate(year: 2026, month: 11, day: 22), baseURL: baseURL)
        // A base path without a host has the build warn that feeds and sitemaps need one.
        let problems = report.problems.filter { $0.kind != CheckProblem.buildKind || baseURL != "/lab-site/" }
        #expect(problems.isEmpty, "\(DiagnosticFormatter.format(problems.map(\.diagnostic)))")
        #expect(report.succeeded)
        #expect(report.pagesChecked > 20)
        #expect(report.localReferencesChecked > 250)
    }
}
