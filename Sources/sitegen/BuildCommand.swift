import ArgumentParser
import Build
import Diagnostics
import Foundation
import Load

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static HTML.",
        discussion: """
        Reads \(SiteLayout.configFile), \(SiteLayout.contentFolder)/, \(SiteLayout.templatesFolder)/ and \(SiteLayout.assetsFolder)/ \
        from the site folder. The output is \
        written to a temporary folder beside it and swapped in only when the whole build \
        succeeds; Ctrl-C removes the unfinished folder. A second build into the same output \
        waits for the first. Each build keeps a record of the files it read and wrote in the \
        user's cache folder (\(BuildCommand.recordFolderShown)): a build that finds them all as \
        they were, with the same options on the same day, writes nothing and repeats the \
        last build's warnings.
        """)

    /// Where build records are kept: the user's cache folder (`XDG_CACHE_HOME` or `~/.cache` on
    /// Linux, `~/Library/Caches` on macOS).
    static var recordFolder: URL? {
        FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask).first?
            .appendingPathComponent("sitegen", isDirectory: true).appendingPathComponent("builds", isDirectory: true)
    }

    static var recordFolderShown: String {
        #if os(macOS)
        "~/Library/Caches/sitegen/builds"
        #else
        "~/.cache/sitegen/builds"
        #endif
    }

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The output folder (default: \(SiteLayout.defaultOutputFolder) in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Overrides base_url: /lab-site/ or https://host/lab-site/.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("The build date (YYYY-MM-DD) for upcoming/past and open/closed; default: SOURCE_DATE_EPOCH or today.", valueName: "date"))
    var now: String?

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    /// Usage errors (exit 2) are found here, before any work.
    func validate() throws {
        _ = try ArgumentChecks.buildDate(now: now)
        try ArgumentChecks.siteFolder(sourceURL, given: source)
        try ArgumentChecks.baseURL(baseURL)
    }

    private var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
    private var sourceURL: URL { URL(fileURLWithPath: source, relativeTo: cwd) }

    func run() throws {
        let buildDate = try ArgumentChecks.buildDate(now: now)
        var options = BuildOptions(
            source: sourceURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
            baseURL: baseURL, includeDrafts: drafts, buildDate: buildDate)
        options.recordFolder = Self.recordFolder
        options.programVersion = SitegenCommand.configuration.version
        let signals = InterruptSignals.install()
        let report = SiteBuilder().build(options, interruption: signals.interruption) { waiting in
            FileHandle.standardError.write(Data((waiting + "\n").utf8))
        }
        signals.stop()
        let diagnostics = report.diagnostics.sortedByLocation()
        if !diagnostics.isEmpty {
            FileHandle.standardError.write(Data((DiagnosticFormatter.format(diagnostics) + "\n").utf8))
        }
        guard report.succeeded else {
            let count = diagnostics.errors.count
            FileHandle.standardError.write(Data("error: build failed with \(count) error\(count == 1 ? "" : "s"); the previous output is unchanged\n".utf8))
            throw ExitCode(1)
        }
        guard !quiet else { return }
        let unchanged = report.outputUnchanged ? " (unchanged: no file written)" : ""
        print(report.summary + " → \(options.output.path)" + unchanged)
        // Opened from disk (file://), the pages' root-relative links and stylesheet do not load.
        print("Preview: sitegen serve" + (source == "." ? "" : " --source \(source)"))
    }
}
