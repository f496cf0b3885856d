import Foundation
import Testing
@testable import Output

/// `--output` through the `sitegen` binary: refusals, signals, kills and concurrent builds.
@Suite struct OutputCommandTests {
    static let now = ["--now", "2026-06-01"]

    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try runSitegen(arguments)
    }

    /// A site with enough files to copy that writing takes a while: a window to kill it in.
    static func bigSite() throws -> TempSite {
        let site = try TempSite(["site.yml": "base_url: https://example.org/\n", "content/index.md": "Home.\n"])
        let text = String(repeating: "A line of a data file.\n", count: 40)
        for folder in 0..<12 {
            for file in 0..<50 {
                try site.write("content/data/d\(folder)/f\(file).txt", text)
            }
        }
        return site
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".sitegen-") }.sorted()
    }

    @Test func anOutputInsideContentIsRefusedByBuildAndServe() throws {
        let site = try TempSite(["content/a.md": "a\n"])
        let output = site.root.appendingPathComponent("content/gen")
        let message = "error: refusing to write the site into \(output.path): it is inside content/, which every build reads, so each build would copy the last one; choose a folder outside content/, templates/ and assets/ (the default is _site in the site folder)\n"
        let build = try run(["build", "--source", site.root.path, "--output", output.path] + Self.now)
        #expect(build.status == 1)
        #expect(build.errors == message + "error: build failed with 1 error; the previous output is unchanged\n")
        // Relative to the working folder, not the site: run from the site folder.
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.environment = CommandLineTests.environment
        process.currentDirectoryURL = site.root
        process.arguments = ["serve", "--output", "content/gen", "--port", "0"] + Self.now
        let errors = Pipe()
        let lines = LineCollector()
        lines.collect(errors)
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        // Before the refusal, the server started and rebuilt forever: stop it rather than wait.
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(lines.all == [String(message.dropLast())])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content").path) == ["a.md"])
    }

    @Test func anOutputThatHoldsTheSourcesIsRefused() throws {
        let parent = try TempSite(["out/.sitegen-output": "", "out/src/content/a.md": "a\n"])
        let output = parent.root.appendingPathComponent("out")
        let build = try run(["build", "--source", output.path + "/src", "--output", output.path] + Self.now)
        #expect(build.status == 1)
        #expect(build.errors == "error: refusing to write the site into \(output.path): it holds the site's sources; choose another --output\nerror: build failed with 1 error; the previous output is unchanged\n")
        #expect(FileManager.default.fileExists(atPath: output.path + "/src/content/a.md"))
    }

    @Test func aLinkedOutputStaysALink() throws {
        let site = try TempSite(["content/a.md": "first\n"])
        let releases = site.root.appendingPathComponent("releases/one")
        #expect(try run(["build", "--source", site.root.path, "--output", releases.path, "--quiet"] + Self.now).status == 0)
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: "releases/one")
        try site.write("content/a.md", "second\n")
        #expect(try run(["build", "--source", site.root.path, "--quiet"] + Self.now).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.output.path) == "releases/one")
        #expect(try String(contentsOf: releases.appendingPathComponent("a/index.html"), encoding: .utf8).contains("second"))
    }

    /// Builds at the same time into one output all succeed, and leave one whole site.
    @Test func concurrentBuildsIntoOneOutputAllSucceed() throws {
        let site = try TempSite(["content/index.md": "Home.\n"])
        for number in 0..<200 { try site.write("content/notes/n\(number).md", "Note \(number).\n") }
        #expect(try run(["build", "--source", site.root.path, "--output", site.root.path + "/reference", "--quiet"] + Self.now).status == 0)
        let reference = OutputWriterTests.files(in: site.root.appendingPathComponent("reference"))
        let processes = try (0..<5).map { _ in
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.environment = CommandLineTests.environment
            process.arguments = ["build", "--source", site.root.path, "--quiet"] + Self.now
            process.standardOutput = Pipe()
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0, 0])
        #expect(OutputWriterTests.files(in: site.output) == reference)
        #expect(try Self.leftovers(in: site.root) == [])
    }

    /// While another build holds the output's lock, a build says it waits, and finishes after.
    @Test func aBuildWaitsForTheOneBeforeAndSaysSo() throws {
        let site = try TempSite(["content/a.md": "a\n"])
        let held = try OutputLock.acquire(for: site.output.path) {}
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.environment = CommandLineTests.environment
        process.arguments = ["build", "--source", site.root.path, "--quiet"] + Self.now
        let errors = Pipe()
        let lines = LineCollector()
        lines.collect(errors)
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while lines.all.isEmpty, process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(lines.all == ["waiting for another build into \(site.output.path) to finish…"])
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        held.release()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: site.output.path + "/a/index.html"))
    }

    /// Ctrl-C or SIGTERM while the site is being written: the unfinished folder goes, the
    /// previous site stays, and the exit status is 128 + the signal. SIGKILL cannot be caught:
    /// the next build removes what it left.
    @Test func signalsAndKillsLeaveNoStagingFolderAfterTheNextBuild() throws {
        let site = try Self.bigSite()
        #expect(try run(["build", "--source", site.root.path, "--quiet"] + Self.now).status == 0)
        for (signal, status) in [(SIGINT, Int32(130)), (SIGTERM, 143), (SIGKILL, SIGKILL)] {
            // On a busy machine the build may finish before the test sees its write phase:
            // such an attempt is no interruption, and the next one tries again.
            var interrupted = false
            for attempt in 1...5 where !interrupted {
                let before = site.outputFiles()
                try site.write("content/index.md", "Home, edited before signal \(signal), attempt \(attempt).\n")
                let process = Process()
                process.executableURL = CommandLineTests.binary
                process.environment = CommandLineTests.environment
                process.arguments = ["build", "--source", site.root.path, "--quiet"] + Self.now
                process.standardOutput = Pipe()
                process.standardError = FileHandle.nullDevice
                try process.run()
                // Killed in the middle of writing: once the staging folder has files, and before
                // it has the marker, written last (after the swap, that path holds the old site).
                var inWritePhase = false
                while process.isRunning && !inWritePhase {
                    let staging = try Self.leftovers(in: site.root).filter { $0.hasPrefix("._site.sitegen-new-") }
                    if let folder = staging.first,
                       let names = try? FileManager.default.contentsOfDirectory(atPath: site.root.path + "/" + folder),
                       names.contains("data"), !names.contains(".sitegen-output") {
                        inWritePhase = true
                    } else {
                        Thread.sleep(forTimeInterval: 0.002)
                    }
                }
                kill(process.processIdentifier, signal)
                process.waitUntilExit()
                if process.terminationReason == .exit && process.terminationStatus == 0 {
                    #expect(try Self.leftovers(in: site.root) == [], "signal \(signal), attempt \(attempt): a finished build")
                    continue
                }
                interrupted = true
                #expect(inWritePhase, "signal \(signal): killed before the write phase was seen")
                #expect(process.terminationStatus == status, "signal \(signal)")
                #expect(process.terminationReason == (signal == SIGKILL ? .uncaughtSignal : .exit), "signal \(signal)")
                // A signal between the marker and the end of the swap may land after the swap:
                // the output is then the new site. Either way it is one whole site, never a mix.
                let after = site.outputFiles()
                let isNewSite = after.count == before.count && after.keys.allSatisfy { before[$0] != nil }
                    && site.page("index.html")?.contains("attempt \(attempt).") == true
                #expect(after == before || isNewSite, "signal \(signal)")
                if signal != SIGKILL {
                    #expect(try Self.leftovers(in: site.root) == [], "signal \(signal)")
                }
            }
            #expect(interrupted, "signal \(signal): five builds ended before they could be interrupted")
        }
        #expect(try Self.leftovers(in: site.root).contains { $0.hasPrefix("._site.sitegen-new-") }, "SIGKILL left its staging folder")
        let expectedFiles = site.outputFiles().count
        let next = try run(["build", "--source", site.root.path] + Self.now)
        #expect(next.status == 0)
        #expect(next.errors == "")
        #expect(try Self.leftovers(in: site.root) == [])
        #expect(site.page("index.html")?.contains("Home, edited before signal \(SIGKILL), attempt") == true)
        #expect(site.outputFiles().count == expectedFiles)
    }

    /// An output inside the site folder, outside the folders a build reads, is not watched:
    /// writing into it (the server's own rewrites included) never starts a rebuild.
    @Test(arguments: [false, true]) func writesIntoAnOutputInTheSiteFolderDoNotRebuild(polling: Bool) throws {
        let site = try TempSite(["content/a.md": "First.\n"])
        let output = site.root.appendingPathComponent("out")
        let server = try ServerProcess(site: site.root, arguments: ["--output", output.path] + (polling ? ["--poll"] : []))
        let settle = polling ? 1.5 : 0.3
        func rebuilds() -> [String] { server.output.filter { $0.hasPrefix("Rebuil") } }
        try site.write("out/extra.html", "written by hand")
        try site.write("out/new/folder.html", "written by hand")
        Thread.sleep(forTimeInterval: settle)
        try site.write("content/a.md", "Second.\n")
        let first = try server.waitForLine { $0.hasPrefix("Rebuil") }
        Thread.sleep(forTimeInterval: settle)
        try site.write("content/a.md", "Third.\n")
        // The matcher runs under the collector's lock: it must not read `server.output`.
        try server.waitForLine(from: first.index + 1) { $0.hasPrefix("Rebuil") }
        Thread.sleep(forTimeInterval: settle)
        // One save may reach the watcher as two bursts; every rebuild must name the page only.
        let causes = rebuilds().map { $0.components(separatedBy: " after ").last?.prefix { $0 != ":" } }
        #expect(causes.count >= 2 && causes.allSatisfy { $0 == "content/a.md changed" }, "\(rebuilds())")
        #expect(try String(contentsOf: output.appendingPathComponent("a/index.html"), encoding: .utf8).contains("Third."))
        #expect(server.stop() == 0)
    }
}
