import ArgumentParser
import Build
import Foundation
import Starter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site in a folder: settings, sample pages, a README and a GitHub Pages workflow.",
        discussion: """
        Writes site.yml (every key listed, with a comment), a home page, a news item, \
        publications.bib with one entry, a seminar session, a job offer, .gitignore, README.md and \
        .github/workflows/pages.yml into DIR, made with its parents when missing. The site builds \
        with sitegen alone, without a warning. When standard input is a terminal, each of --title, \
        --author and --base-url that is missing is asked for; otherwise its default is used without \
        asking. Exit status: 0, 1 when DIR is not empty (without --force) or cannot be written, 2 on \
        a usage error.
        """)

    @Argument(help: ArgumentHelp("The folder of the new site; it must be empty or missing.", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("The site's title (default: the folder's name).", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Your name, for the profile and author lists (default: \(SiteStarter.defaultAuthor)).", valueName: "name"))
    var author: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "Where the site will be published, a full URL (default: \(SiteStarter.defaultBaseURL); the GitHub Pages workflow passes the real one).",
        valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Fill a folder that is not empty: add the missing files, keep (never overwrite) those already there.")
    var force = false

    func validate() throws {
        if let title, let problem = SiteStarter.problem(withName: title, describing: "title") { throw ValidationError("--title: \(problem)") }
        if let author, let problem = SiteStarter.problem(withName: author, describing: "author") { throw ValidationError("--author: \(problem)") }
        if let baseURL, let problem = SiteStarter.problem(withBaseURL: baseURL) { throw ValidationError("--base-url \(problem)") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let prompter = isatty(0) == 1 ? StarterPrompter() : nil
        let defaultTitle = SiteStarter.defaultTitle(forFolder: folder)
        let starter = SiteStarter(
            title: title ?? prompter?.ask("Title", default: defaultTitle) { SiteStarter.problem(withName: $0, describing: "title") } ?? defaultTitle,
            author: author ?? prompter?.ask("Your name", default: SiteStarter.defaultAuthor) { SiteStarter.problem(withName: $0, describing: "author") }
                ?? SiteStarter.defaultAuthor,
            baseURL: baseURL ?? prompter?.ask("Base URL", default: SiteStarter.defaultBaseURL, check: SiteStarter.problem(withBaseURL:))
                ?? SiteStarter.defaultBaseURL,
            today: try ArgumentChecks.buildDate(now: nil))
        let outcome: StarterWriter.Outcome
        do {
            outcome = try StarterWriter(force: force).write(starter.files, into: folder, named: directory)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        print(Self.summary(of: outcome, in: directory))
    }

    /// What was made, what was kept, and how to go on.
    static func summary(of outcome: StarterWriter.Outcome, in directory: String) -> String {
        var lines = ["Created \(outcome.created.count) file\(outcome.created.count == 1 ? "" : "s") in \(directory): \(outcome.created.joined(separator: ", "))"]
        if !outcome.kept.isEmpty {
            lines.append("Kept \(outcome.kept.count) file\(outcome.kept.count == 1 ? "" : "s") already there: \(outcome.kept.joined(separator: ", "))")
        }
        lines.append("Preview: sitegen serve --source \(directory)")
        return lines.joined(separator: "\n")
    }
}
