import ArgumentParser
import Build
import Check
import Diagnostics
import Foundation
import LinkProbe
import Load

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site's links, anchors, images, ids and alt texts.",
        discussion: """
        Builds the site in memory (nothing is written) and reports, at the place of the source \
        that produced it: links to pages or files that do not exist, #anchors that no element has, \
        images and files that do not exist, root-relative URLs outside the base path, duplicate ids \
        in a page, images without alt, and pages that no link reaches from the home page (a \
        warning). With --output, checks a built folder as it is instead. External links are checked \
        only with --external. Exit status: 0 when nothing is broken, 1 when something is, 2 on a \
        usage error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Check this built folder as it is instead of building the site.", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "The site's base URL (/lab-site/ or https://host/lab-site/): overrides base_url of site.yml; with --output, how the folder's URLs read.",
        valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("The build date (YYYY-MM-DD); default: SOURCE_DATE_EPOCH or today.", valueName: "date"))
    var now: String?

    @Option(name: .long, help: "text, or json for tools.")
    var format: Format = .text

    @Flag(name: .long, help: "Also check external links over the network (HEAD, then GET; redirects followed and reported).")
    var external = false

    @Option(name: .long, help: ArgumentHelp(
        "The external links' cache file (default: \(Self.defaultCache) in the site folder); a success is trusted for 7 days.",
        valueName: "file"))
    var cache: String?

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for one external link.", valueName: "seconds"))
    var timeout: Double = 10

    static let defaultCache = ".sitegen-cache/links.json"

    private var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
    private var sourceURL: URL { URL(fileURLWithPath: source, relativeTo: cwd) }

    func validate() throws {
        _ = try ArgumentChecks.buildDate(now: now)
        try ArgumentChecks.baseURL(baseURL)
        if let output {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: URL(fileURLWithPath: output, relativeTo: cwd).path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else { throw ValidationError("--output '\(output)' is not a folder") }
        } else {
            try ArgumentChecks.siteFolder(sourceURL, given: source)
        }
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds") }
    }

    func run() async throws {
        let input: SiteCheck.Input
        if let output {
            input = .folder(URL(fileURLWithPath: output, relativeTo: cwd), baseURL: baseURL, siteFolder: sourceURL)
        } else {
            let options = BuildOptions(source: sourceURL, baseURL: baseURL, includeDrafts: drafts, buildDate: try ArgumentChecks.buildDate(now: now))
            input = .build(options)
        }
        var check = SiteCheck()
        if external {
            let cacheFile = URL(fileURLWithPath: cache ?? Self.defaultCache, relativeTo: cache == nil ? sourceURL : cwd)
            check.external = ExternalCheck(prober: LinkProber(timeout: timeout), cacheFile: cacheFile)
        }
        let report = await check.run(input)
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(try report.json().utf8))
        case .text:
            if !report.problems.isEmpty {
                FileHandle.standardError.write(Data((DiagnosticFormatter.format(report.diagnostics) + "\n").utf8))
            }
            if report.buildFailed {
                let count = report.diagnostics.errors.count
                FileHandle.standardError.write(Data("error: the build failed with \(count) error\(count == 1 ? "" : "s"); nothing was checked\n".utf8))
            } else {
                print(report.summary)
            }
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}
