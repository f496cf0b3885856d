import ArgumentParser
import Foundation
import Load
import Serve

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on a local web server that rebuilds and reloads on every edit.",
        discussion: """
        Builds the site into memory (drafts included) and serves it at http://127.0.0.1:8000/. \
        Edits to \(SiteLayout.contentFolder)/, \(SiteLayout.templatesFolder)/, \(SiteLayout.assetsFolder)/ and \(SiteLayout.configFile) \
        rebuild what changed, and open \
        pages reload by themselves. When a rebuild fails, the last good version stays and \
        every page shows the errors until the file is fixed. Stop with Ctrl-C.
        """)

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Also write each successful build to this folder (default: memory only).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 0.0.0.0 shows the site to the whole network.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "number"))
    var port = 8000

    @Option(name: .customLong("allowed-host"), help: ArgumentHelp(
        "Also answer requests for this host name (repeatable); .example.org allows example.org and every name under it. localhost, *.localhost and IP addresses are always answered; other names get 403, against DNS rebinding.",
        valueName: "name"))
    var allowedHosts: [String] = []

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Serve below this path, as it will be published (/lab-site/); default: /.", valueName: "url"))
    var baseURL: String?

    @Flag(inversion: .prefixedNo, help: "Show pages marked draft: true.")
    var drafts = true

    @Option(name: .long, help: ArgumentHelp("The build date (YYYY-MM-DD); default: SOURCE_DATE_EPOCH or today.", valueName: "date"))
    var now: String?

    @Flag(name: .long, help: "Watch by listing the files twice a second instead of with inotify (for network folders).")
    var poll = false

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    private var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
    private var sourceURL: URL { URL(fileURLWithPath: source, relativeTo: cwd) }

    func validate() throws {
        _ = try ArgumentChecks.buildDate(now: now)
        try ArgumentChecks.siteFolder(sourceURL, given: source)
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port number (0 to 65535)") }
        try ArgumentChecks.baseURL(baseURL)
        for name in allowedHosts where HostPolicy.allowedName(name) == nil {
            throw ValidationError("--allowed-host '\(name)' is not a host name: give a name such as preview.example.org, or .example.org for example.org and every name under it")
        }
    }

    func run() async throws {
        var options = ServeOptions(source: sourceURL)
        options.output = output.map { URL(fileURLWithPath: $0, relativeTo: cwd) }
        options.host = host
        options.port = port
        options.allowedHosts = allowedHosts
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.now = now
        options.environment = ProcessInfo.processInfo.environment
        options.polling = poll
        options.quiet = quiet
        do {
            try await PreviewServer(options: options).run()
        } catch let error as PreviewServer.StartError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
