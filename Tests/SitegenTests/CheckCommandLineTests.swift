import Foundation
import Testing

/// `sitegen check` as a user runs it: exit statuses, the printed problems and summary, JSON for
/// tools, and a built folder checked as it is.
@Suite struct CheckCommandLineTests {
    static let brokenSite = [
        "site.yml": "title: Lab\nbase_url: https://example.org/lab/\nmenu:\n  - title: Notes\n    url: /notes/\n",
        "content/index.md": "---\ntitle: Home\n---\nSee [notes](/notes/#results) and [gone](/gone/).\n",
        "content/notes.md": "---\ntitle: Notes\n---\n## Findings\n",
    ]

    @Test func aNewSiteHasNothingToReport() throws {
        let container = try TempSite()
        let folder = container.root.appendingPathComponent("site")
        #expect(try runSitegen(["new", folder.path]).status == 0)
        let checked = try runSitegen(["check", "--source", folder.path, "--now", "2026-06-01"])
        #expect(checked.status == 0)
        #expect(checked.errors.isEmpty, "\(checked.errors)")
        #expect(checked.output.range(of: #"^checked \d+ pages, \d+ internal links: 0 errors, 0 warnings\n$"#, options: .regularExpression) != nil, "\(checked.output)")
        let ignored = try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored.contains("\n.sitegen-cache/\n"))
    }

    @Test func brokenLinksArePlacedInTheirSourceAndExitWithOne() throws {
        let site = try TempSite(Self.brokenSite)
        let checked = try runSitegen(["check", "--source", site.root.path, "--now", "2026-06-01"])
        #expect(checked.status == 1)
        #expect(checked.errors == """
            content/index.md:4:13: error: link '/lab/notes/#results' points to no element of /lab/notes/: none has the id 'results'
             4 | See [notes](/notes/#results) and [gone](/gone/).
               |             ^
            content/index.md:4:41: error: link '/lab/gone/' leads nowhere: the site has no page gone/index.html
             4 | See [notes](/notes/#results) and [gone](/gone/).
               |                                         ^

            """)
        #expect(checked.output == "checked 3 pages, 17 internal links: 2 errors, 0 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "check writes nothing")
    }

    @Test func jsonGivesEachProblemWithItsPlace() throws {
        let site = try TempSite(Self.brokenSite)
        let checked = try runSitegen(["check", "--source", site.root.path, "--now", "2026-06-01", "--format", "json"])
        #expect(checked.status == 1)
        #expect(checked.errors.isEmpty)
        let report = try JSONDecoder().decode(Report.self, from: Data(checked.output.utf8))
        #expect(report.succeeded == false && report.errors == 2 && report.warnings == 0 && report.pages == 3)
        #expect(report.problems.map { "\($0.file):\($0.line):\($0.column) \($0.kind) \($0.severity)" } == [
            "content/index.md:4:13 missing-anchor error",
            "content/index.md:4:41 broken-link error",
        ])
    }

    struct Report: Decodable {
        struct Problem: Decodable {
            var kind, severity, file, message: String
            var line, column: Int
        }
        var problems: [Problem]
        var succeeded: Bool
        var errors, warnings, pages: Int
    }

    @Test func aBuiltFolderIsCheckedAsItIsWithTheBasePathOfSiteYml() throws {
        let site = try TempSite(Self.brokenSite)
        try site.write("content/index.md", "---\ntitle: Home\n---\nSee [notes](/notes/#findings).\n")
        #expect(try runSitegen(["build", "--source", site.root.path, "--now", "2026-06-01", "--quiet"]).status == 0)
        let clean = try runSitegen(["check", "--source", site.root.path, "--output", site.output.path])
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.errors.isEmpty)

        try FileManager.default.removeItem(at: site.output.appendingPathComponent("notes/index.html"))
        let broken = try runSitegen(["check", "--source", site.root.path, "--output", site.output.path])
        #expect(broken.status == 1)
        #expect(broken.errors == """
            _site/404.html:19:5: error: link '/lab/notes/' leads nowhere: the site has no page notes/index.html (and on 1 other page)
             19 | <li><a href="/lab/notes/">Notes</a></li>
                |     ^
            _site/index.html:37:8: error: link '/lab/notes/#findings' leads nowhere: the site has no page notes/index.html
             37 | <p>See <a href="/lab/notes/#findings">notes</a>.</p>
                |        ^

            """)
        #expect(broken.output == "checked 2 pages, 11 internal links: 2 errors, 0 warnings\n")
    }

    @Test func aFailedBuildChecksNothing() throws {
        let site = try TempSite(["site.yml": "title: Lab\n", "content/index.md": "---\ndraft: maybe\n---\nHi\n"])
        let checked = try runSitegen(["check", "--source", site.root.path])
        #expect(checked.status == 1)
        #expect(checked.output.isEmpty)
        #expect(checked.errors.hasSuffix("error: the build failed with 1 error; nothing was checked\n"), "\(checked.errors)")
    }

    @Test(arguments: [
        (["check", "--output", "/nonexistent/sitegen-out"], "Error: --output '/nonexistent/sitegen-out' is not a folder"),
        (["check", "--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'"),
        (["check", "--external", "--timeout", "0"], "Error: --timeout must be between 0 and 600 seconds"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], message: String) throws {
        let site = try TempSite(["site.yml": "title: Lab\n"])
        let checked = try runSitegen(arguments + ["--source", site.root.path])
        #expect(checked.status == 2)
        #expect(checked.errors.hasPrefix(message), "\(checked.errors)")
    }
}
