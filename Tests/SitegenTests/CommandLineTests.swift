import Foundation
import Testing
@testable import Build

/// The `sitegen` binary itself: exit statuses and what it prints.
@Suite struct CommandLineTests {
    /// SwiftPM puts the executable beside the test bundle.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("sitegen").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("sitegen")
    }()

    /// The environment a test runs `sitegen` in: this one, with the build records it keeps in
    /// a cache folder of this test run rather than the user's.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-cache-\(getpid())").path
        return environment
    }()

    /// A summary line, then how to look at the site (not from disk, where root-relative links fail).
    @Test func successPrintsASummaryAndHowToPreview() throws {
        let site = try TempSite(["site.yml": "base_url: https://example.org/\n", "content/a.md": "x\n"])
        let result = try runSitegen(["build", "--source", site.root.path, "--now", "2026-01-01"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Built 2 pages (home 1, page 1) and copied 3 files in "))
        #expect(result.output.contains("load ") && result.output.contains("write "))
        #expect(result.output.hasSuffix(" → \(site.root.appendingPathComponent("_site").path)\nPreview: sitegen serve --source \(site.root.path)\n"))
        let quiet = try runSitegen(["build", "--source", site.root.path, "--quiet", "--now", "2026-01-01"])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty)
        #expect(quiet.errors.isEmpty)
    }

    /// The second build of an unchanged site checks its record, writes nothing, and says what
    /// the first said: the same pages and the same warnings. (A build keeps no record of files
    /// changed less than two seconds before it, hence the wait.)
    @Test func aBuildWithNothingChangedRepeatsTheLastReport() throws {
        let site = try TempSite(["site.yml": "base_url: https://example.org/\n", "content/a.md": "---\ntitel: A\n---\nx\n"])
        Thread.sleep(forTimeInterval: 2.1)
        let first = try runSitegen(["build", "--source", site.root.path, "--now", "2026-01-01"])
        let second = try runSitegen(["build", "--source", site.root.path, "--now", "2026-01-01"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.errors.hasPrefix("content/a.md:2:1: warning: unknown key 'titel' in front matter; did you mean 'title'?\n"))
        #expect(second.errors == first.errors)
        let summary = try #require(second.output.split(separator: "\n").first)
        #expect(summary.hasPrefix("Built 2 pages (home 1, page 1) and copied 3 files in "))
        #expect(summary.contains(": check ") && !summary.contains("load "))
        #expect(summary.hasSuffix("; 1 warning → \(site.output.path) (unchanged: no file written)"))
    }

    @Test func contentErrorsExitWithOne() throws {
        let site = try TempSite(["content/a.md": "---\ndate: [1, 2]\n---\n"])
        let result = try runSitegen(["build", "--source", site.root.path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("content/a.md:2:7: error: expected a date"))
        #expect(result.errors.hasSuffix("error: build failed with 1 error; the previous output is unchanged\n"))
    }

    /// No command is a usage error: the help on standard error, exit 2.
    @Test func noCommandPrintsTheHelpAndExitsWithTwo() throws {
        let result = try runSitegen([])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("OVERVIEW: A static website generator for academics."))
        #expect(result.errors.contains("USAGE: sitegen <subcommand>"))
        #expect(result.errors.contains("  new ") && result.errors.contains("  math "))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let cases: [([String], String)] = [
            (["build", "--bogus"], "Error: Unknown option '--bogus'"),
            (["build", "--now", "yesterday"], "Error: --now 'yesterday' is not a date such as 2026-03-09"),
            (["build", "--source", "/nonexistent/site"], "Error: --source '/nonexistent/site' is not a folder"),
            (["build", "--base-url", "javascript:alert(1)"],
             "Error: --base-url 'javascript:alert(1)' is not a base URL: give https://host/path/ or a path such as /lab-site/"),
        ]
        for (arguments, message) in cases {
            let result = try runSitegen(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.split(separator: "\n").first.map(String.init) == message)
            #expect(result.output.isEmpty)
        }
    }

    @Test func helpAndVersion() throws {
        #expect(try runSitegen(["--version"]).output == "0.1.0\n")
        let help = try runSitegen(["build", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--base-url"))
    }

    @Test func sourceDateEpochSetsTheBuildDate() throws {
        #expect(try BuildDate.resolve(now: nil, environment: ["SOURCE_DATE_EPOCH": "1767225600"]).get().isoDate == "2026-01-01")
        #expect(try BuildDate.resolve(now: "2026-03-09", environment: ["SOURCE_DATE_EPOCH": "0"]).get().isoDate == "2026-03-09")
        let error = #expect(throws: BuildDateError.self) { try BuildDate.resolve(now: nil, environment: ["SOURCE_DATE_EPOCH": "soon"]).get() }
        #expect(error?.description == "SOURCE_DATE_EPOCH 'soon' is not a number of seconds")
    }
}
