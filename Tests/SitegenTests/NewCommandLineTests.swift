import Foundation
import Testing

/// `sitegen new` as a user runs it: flags, defaults without a terminal, refusals, then the binary
/// building what it made.
@Suite struct NewCommandLineTests {
    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func newThenBuildOnTwoDatesFarApart() throws {
        let container = try TempSite()
        let folder = container.root.appendingPathComponent("nested/My Lab")
        let made = try runSitegen(["new", folder.path])
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.errors.isEmpty)
        #expect(!made.output.contains("["), "no prompt without a terminal: \(made.output)")
        #expect(made.output.hasPrefix("Created 9 files in \(folder.path): site.yml, content/index.md, "))
        #expect(made.output.hasSuffix("\nPreview: sitegen serve --source \(folder.path)\n"))
        let config = try text(folder.appendingPathComponent("site.yml"))
        #expect(config.contains("\ntitle: \"My Lab\"\n") && config.contains("\n  name: \"Your Name\"\n") && config.contains("\nbase_url: \"https://example.org/\"\n"))
        for now in ["2001-03-04", "2080-11-30"] {
            let built = try runSitegen(["build", "--source", folder.path, "--now", now])
            #expect(built.status == 0)
            #expect(built.errors.isEmpty, "\(now): \(built.errors)")
            #expect(!built.output.contains("warning"), "\(built.output)")
        }
    }

    @Test func flagsFillTheFields() throws {
        let container = try TempSite()
        let folder = container.root.appendingPathComponent("site")
        let made = try runSitegen(["new", folder.path, "--title", "Optimisation Lab", "--author", "Ana Costa", "--base-url", "https://ana.github.io/lab/"])
        #expect(made.status == 0)
        let config = try text(folder.appendingPathComponent("site.yml"))
        #expect(config.contains("\ntitle: \"Optimisation Lab\"\n"))
        #expect(config.contains("\n  name: \"Ana Costa\"\n"))
        #expect(config.contains("\nbase_url: \"https://ana.github.io/lab/\"\n"))
        #expect(try text(folder.appendingPathComponent("README.md")).hasPrefix("# Optimisation Lab\n"))
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let site = try TempSite(["site.yml": "title: Mine\n"])
        let refused = try runSitegen(["new", site.root.path])
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(refused.errors == "error: '\(site.root.path)' is not empty: sitegen new starts a site in an empty or new folder "
            + "(--force adds the missing files and keeps those already there)\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content").path))

        let forced = try runSitegen(["new", site.root.path, "--force"])
        #expect(forced.status == 0)
        #expect(forced.output.contains("\nKept 1 file already there: site.yml\n"))
        #expect(forced.output.hasPrefix("Created 8 files in "))
        #expect(try text(site.root.appendingPathComponent("site.yml")) == "title: Mine\n")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/publications.bib").path))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let cases: [([String], String)] = [
            (["new", "/tmp/x", "--base-url", "/lab/"],
             "Error: --base-url '/lab/' has no host: give a full URL such as https://you.github.io/lab/, so that feeds and calendars can be made"),
            (["new", "/tmp/x", "--title", " "], "Error: --title: the title must not be empty"),
            (["new"], "Error: Missing expected argument '<dir>'"),
        ]
        for (arguments, message) in cases {
            let result = try runSitegen(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.split(separator: "\n").first.map(String.init) == message)
        }
    }

    @Test func helpNamesTheDefaults() throws {
        let help = try runSitegen(["new", "--help"])
        #expect(help.status == 0)
        let flat = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("(default: the folder's name)"))
        #expect(flat.contains("(default: Your Name)"))
        #expect(flat.contains("(default: https://example.org/;"))
        #expect(flat.contains("otherwise its default is used without asking"))
    }
}
