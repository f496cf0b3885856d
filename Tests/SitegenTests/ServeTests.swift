import Foundation
import Load
import Synchronization
import Testing

/// `sitegen serve` as a browser and an editor meet it: a real server process on a free port.
@Suite(.serialized) struct ServeTests {
    static let files = [
        "site.yml": "title: Serve Test\nbase_url: https://serve.example.org/\n",
        "content/index.md": "---\ntitle: Home\n---\nWelcome home.\n",
        "content/news/2026-01-05-award.md": "---\ntitle: An award\n---\nThe first version.\n",
        "content/draft.md": "---\ntitle: Draft page\ndraft: true\n---\nNot yet.\n",
        "assets/css/extra.css": "body { color: black; }\n",
    ]

    static func makeSite() throws -> TempSite {
        let site = try TempSite(files)
        for (name, bytes) in [("a.png", [0x89, 0x50]), ("b.jpg", [0xFF, 0xD8]), ("c.webp", [1]), ("d.ico", [0]), ("e.pdf", Array("%PDF".utf8)),
                              ("f.ics", Array("BEGIN:VCALENDAR".utf8)), ("g.xml", Array("<x/>".utf8)), ("h.json", Array("{}".utf8)),
                              ("i.bib", Array("@article{x,}".utf8)), ("j.woff2", [0x77]), ("k.svg", Array("<svg/>".utf8)), ("l.js", Array("1".utf8))] as [(String, [UInt8])] {
            try site.write("content/files/\(name)", bytes: bytes)
        }
        return site
    }

    @Test func servesPagesWithTypesRedirectsAndTheSite404() throws {
        let site = try Self.makeSite()
        let server = try ServerProcess(site: site.root)

        let home = try server.fetch("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.text.contains("Welcome home."))
        #expect(home.text.contains("<script src=\"/__sitegen/live.js\" data-version=\"1\"></script>\n</body>"))

        #expect(try server.fetch("/news/2026-01-05-award/").text.contains("The first version."))
        #expect(try server.fetch("/draft/").status == 200, "serve shows drafts")
        let redirect = try server.fetch("/news?x=1")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/news/?x=1")

        let missing = try server.fetch("/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("Page not found"))
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")

        let head = try server.fetch("/news/2026-01-05-award/", method: "HEAD")
        #expect(head.status == 200)
        #expect(Int(head.headers["content-length"] ?? "") == (try server.fetch("/news/2026-01-05-award/").body.count))
        #expect(try server.fetch("/", method: "POST").status == 405)

        let types = [
            "a.png": "image/png", "b.jpg": "image/jpeg", "c.webp": "image/webp", "d.ico": "image/x-icon",
            "e.pdf": "application/pdf", "f.ics": "text/calendar; charset=utf-8", "g.xml": "application/xml",
            "h.json": "application/json", "i.bib": "text/x-bibtex; charset=utf-8", "j.woff2": "font/woff2",
            "k.svg": "image/svg+xml", "l.js": "text/javascript; charset=utf-8",
        ]
        for (name, type) in types {
            let file = try server.fetch("/files/\(name)")
            #expect(file.status == 200, "\(name)")
            #expect(file.headers["content-type"] == type, "\(name)")
            #expect(file.headers["cache-control"] == "no-store")
        }
        #expect(try server.fetch("/files/e.pdf").text == "%PDF")
        #expect(try server.fetch("/assets/css/extra.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try server.fetch("/__sitegen/live.js").text.contains("EventSource"))
        #expect(server.stop() == 0)

        // The injected script is for serve only: a build of the same site has none.
        site.build(drafts: true)
        #expect(site.page("index.html")?.contains("__sitegen") == false)
    }

    /// The sitemap keeps site.yml's host, and the base path the site is served at.
    @Test func servesTheSitemapAndRobotsTxtWithTheirTypes() throws {
        let site = try Self.makeSite()
        try site.write("site.yml", "title: Serve Test\nbase_url: https://serve.example.org/lab/\n")
        let server = try ServerProcess(site: site.root)

        let sitemap = try server.fetch("/sitemap.xml")
        #expect(sitemap.status == 200)
        #expect(sitemap.headers["content-type"] == "application/xml")
        let checked = SitemapRules.check(sitemap.body, origin: "https://serve.example.org")
        #expect(checked.problems.isEmpty)
        #expect(checked.locations == [
            "https://serve.example.org/", "https://serve.example.org/draft/", "https://serve.example.org/news/",
            "https://serve.example.org/news/2026-01-05-award/",
        ])
        let robots = try server.fetch("/robots.txt")
        #expect(robots.status == 200)
        #expect(robots.headers["content-type"] == "text/plain; charset=utf-8")
        #expect(robots.text == "User-agent: *\nAllow: /\n\nSitemap: https://serve.example.org/sitemap.xml\n")

        // Written whole at once: an empty news item, caught between creation and text, has no page.
        try site.write("content/news/2026-02-01-new.md", "---\ntitle: New\n---\n", atomically: true)
        _ = try server.waitForLine { $0.hasPrefix("Rebuilt") && $0.contains("2026-02-01-new.md") }
        #expect(try server.fetch("/sitemap.xml").text.contains("<loc>https://serve.example.org/news/2026-02-01-new/</loc>"))
        #expect(server.stop() == 0)
    }

    /// A rebuild prints the diagnostics the build before did not have, not all of them again: a
    /// warning that only moved down the file is not new.
    @Test func aRebuildPrintsOnlyNewDiagnostics() throws {
        let site = try Self.makeSite()
        let entries = "@misc{a, title = {Alpha}, year = 2020}\n@misc{b, title = {Beta}, year = 2021}\n"
            + "@thing{c, title = {C}, year = 2022, abstract = {Read me.}}\n"
        try site.write("content/publications.bib", entries)
        let server = try ServerProcess(site: site.root)
        // Written whole at once (as editors save), so that no rebuild reads half a file and
        // prints its warnings as new ones.
        let file = site.root.appendingPathComponent("content/publications.bib")
        try Data(("% moved\n" + entries).utf8).write(to: file, options: .atomic)
        let moved = try server.waitForLine { $0.hasPrefix("Rebuilt") && $0.contains("publications.bib") }
        try Data(("% moved\n" + entries.replacingOccurrences(of: "{b,", with: "{d,")).utf8).write(to: file, options: .atomic)
        try server.waitForLine(from: moved.index + 1) { $0.hasPrefix("Rebuilt") && $0.contains("publications.bib") }
        #expect(server.stop() == 0)
        let printed = server.errors.split(separator: "\n").filter { $0.contains(": warning: ") || $0.hasPrefix("(and ") }
        // Both at the start; none after the move; after the edit, the changed one and a count.
        #expect(printed.map { $0.prefix(60) } == [
            "content/publications.bib:1:1: warning: 2 entries of this fil",
            "content/publications.bib:3:1: warning: unknown entry type '@",
            "content/publications.bib:2:1: warning: 2 entries of this fil",
            "(and 1 more, as printed before)",
        ], "\(printed)")
        #expect(printed[2].hasSuffix("add an abstract, or a pdf, to a, d"))
    }

    /// A session's calendar and the feeds are served as they are built, and made again on an edit.
    @Test func servesCalendarsAndFeedsWithTheirTypes() throws {
        let site = try Self.makeSite()
        try site.write("site.yml", "title: Serve Test\nbase_url: https://serve.example.org/\ntimezone: Europe/Paris\n")
        try site.write("content/seminars/2026-07-01-s.md", "---\ntime: \"14:00\"\ntalks:\n  - title: A talk\n    speaker: Jo Smith\n---\n")
        let server = try ServerProcess(site: site.root)

        let calendar = try server.fetch("/seminars/2026-07-01-s/calendar.ics")
        #expect(calendar.status == 200)
        #expect(calendar.headers["content-type"] == "text/calendar; charset=utf-8")
        #expect(calendar.text.contains("\r\nDTSTART;TZID=Europe/Paris:20260701T140000\r\nSUMMARY:Jo Smith: A talk\r\n"))
        let feed = try server.fetch("/news/atom.xml")
        #expect(feed.status == 200)
        #expect(feed.text.contains("<id>tag:serve.example.org,2026-01-05:/news/2026-01-05-award/</id>"))

        try site.write("content/seminars/2026-07-01-s.md", "---\ntime: \"14:00\"\ncancelled: true\ntalks:\n  - title: A talk\n    speaker: Jo Smith\n---\n")
        _ = try server.waitForLine { $0.hasPrefix("Rebuilt") && $0.contains("2026-07-01-s.md") }
        #expect(try server.fetch("/seminars/2026-07-01-s/calendar.ics").text.contains("\r\nSTATUS:CANCELLED\r\n"))
        #expect(server.stop() == 0)
    }

    @Test func neverServesAnythingOutsideTheSite() throws {
        let site = try Self.makeSite()
        let outside = try TempSite(["secret.txt": "TOP SECRET\n"])
        let secret = outside.root.appendingPathComponent("secret.txt")
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/files/link.txt"), withDestinationURL: secret)
        let server = try ServerProcess(site: site.root)

        let attempts = [
            "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
            "/files/..%2f..%2f..%2fetc%2fpasswd", "/news%2faward/", "/files/%00.png", "/files/a.png%00",
            "//etc/passwd", "/etc/passwd", "/files/link.txt", "/files/%5c..%5c..%5cetc%5cpasswd", "/%zz",
        ]
        for attempt in attempts {
            let response = try server.fetch(attempt)
            #expect(response.status == 400 || response.status == 404, "\(attempt): \(response.status)")
            #expect(!response.text.contains("root:") && !response.text.contains("TOP SECRET"), "\(attempt)")
        }
        let absoluteForm = try RawHTTPConnection(port: server.port)
        try absoluteForm.send("GET http://127.0.0.1/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let absolute = try absoluteForm.readResponse()
        #expect(absolute.status == 400 || absolute.status == 404)
        #expect(!absolute.text.contains("root:"))

        // A file replaced by a link out of the site after the build is not followed.
        let image = site.root.appendingPathComponent("content/files/a.png")
        try FileManager.default.removeItem(at: image)
        try FileManager.default.createSymbolicLink(at: image, withDestinationURL: secret)
        let swapped = try server.fetch("/files/a.png")
        #expect(swapped.status == 404)
        #expect(!swapped.text.contains("TOP SECRET"))
    }

    @Test func anEditReachesTheBrowserAndAFailedRebuildShowsAnOverlay() throws {
        let site = try Self.makeSite()
        let server = try ServerProcess(site: site.root)
        let events = try server.subscribe()

        try server.whileStopped { try site.write("content/news/2026-01-05-award.md", "---\ntitle: An award\n---\nThe second version.\n") }
        #expect(try events.readEvent().name == "reload")
        let edited = try server.fetch("/news/2026-01-05-award/")
        #expect(edited.text.contains("The second version."))
        #expect(!edited.text.contains("sitegen-overlay"))

        try server.whileStopped { try site.write("content/news/2026-01-05-award.md", "---\ntitle: [An award\n---\nThe broken version.\n") }
        #expect(try events.readEvent().name == "reload")
        let broken = try server.fetch("/news/2026-01-05-award/")
        #expect(broken.text.contains("The second version."), "the last good site stays")
        #expect(broken.text.contains("id=\"sitegen-overlay\""))
        #expect(broken.text.contains("content/news/2026-01-05-award.md:3:1: error:"))
        #expect(try server.fetch("/").text.contains("sitegen-overlay"), "every page shows it")
        try server.waitForLine { $0.hasPrefix("Rebuild failed after content/news/2026-01-05-award.md changed") }

        try server.whileStopped { try site.write("content/news/2026-01-05-award.md", "---\ntitle: An award\n---\nThe fixed version.\n") }
        #expect(try events.readEvent().name == "reload")
        let fixed = try server.fetch("/news/2026-01-05-award/")
        #expect(fixed.text.contains("The fixed version."))
        #expect(!fixed.text.contains("sitegen-overlay"))
    }

    @Test func newFoldersAreWatchedAndStylesheetsSwapWithoutReload() throws {
        let site = try Self.makeSite()
        let server = try ServerProcess(site: site.root)
        let events = try server.subscribe()

        try server.whileStopped { try site.write("content/notes/2026/first-note.md", "---\ntitle: First talk\n---\nSlides soon.\n") }
        #expect(try events.readEvent().name == "reload")
        #expect(try server.fetch("/notes/2026/first-note/").text.contains("Slides soon."))
        try server.whileStopped { try site.write("content/notes/2026/second-note.md", "---\ntitle: Second talk\n---\nIn a folder made a moment ago.\n") }
        #expect(try events.readEvent().name == "reload")
        #expect(try server.fetch("/notes/2026/second-note/").status == 200)

        try server.whileStopped { try site.write("assets/css/extra.css", "body { color: navy; }\n") }
        #expect(try events.readEvent().name == "css")
        #expect(try server.fetch("/assets/css/extra.css").text.contains("navy"))

        // Renaming a temporary file over the page, as editors save, is one change. (Each edit is
        // made while the server is stopped, so that it is one burst however slow the machine.)
        let page = site.root.appendingPathComponent("content/news/2026-01-05-award.md")
        try server.whileStopped {
            try site.write("content/.award.md.swp", "---\ntitle: An award\n---\nSaved by rename.\n")
            try FileManager.default.removeItem(at: page)
            try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/.award.md.swp"), to: page)
        }
        #expect(try events.readEvent().name == "reload")
        #expect(try server.fetch("/news/2026-01-05-award/").text.contains("Saved by rename."))
        let renamed = try server.waitForLine { $0.hasPrefix("Rebuilt") && $0.contains(" after content/news/2026-01-05-award.md changed:") }

        // `sed -i` saves through a visible temporary file; the rebuild names only the page. Its
        // line is found by position: it may read exactly like the line of the rename.
        try server.whileStopped {
            try site.write("content/news/sedX1y2Z3", "---\ntitle: An award\n---\nSaved by sed.\n")
            try FileManager.default.removeItem(at: page)
            try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/news/sedX1y2Z3"), to: page)
        }
        #expect(try events.readEvent().name == "reload")
        #expect(try server.fetch("/news/2026-01-05-award/").text.contains("Saved by sed."))
        let line = try server.waitForLine(from: renamed.index + 1) { $0.hasPrefix("Rebuil") }.text
        #expect(line.contains(" after content/news/2026-01-05-award.md changed:"), "\(line)")
    }

    @Test func twoHundredConnectionsDuringRebuildsAreAllAnswered() throws {
        let site = try Self.makeSite()
        @Sendable func slug(_ number: Int) -> String { "2025-03-\(String(format: "%02d", number % 28 + 1))-item-\(number)" }
        for number in 0..<150 {
            try site.write("content/news/\(slug(number)).md",
                           "---\ntitle: Item \(number)\n---\n" + String(repeating: "Some text for the page. ", count: 200) + "\n")
        }
        let server = try ServerProcess(site: site.root)
        let port = server.port
        let page = site.root.appendingPathComponent("content/news/2026-01-05-award.md")
        // Edits keep the server rebuilding while the connections come.
        let editing = DispatchGroup()
        let editErrors = Mutex<[String]>([])
        DispatchQueue.global().async(group: editing) {
            for round in 0..<10 {
                do {
                    try Data("---\ntitle: Award \(round)\n---\nRound \(round).\n".utf8).write(to: page)
                } catch {
                    editErrors.withLock { $0.append("\(error)") }
                }
                Thread.sleep(forTimeInterval: 0.03)
            }
        }
        let answers = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 200) { number in
            let path = number % 2 == 0 ? "/news/" : "/news/\(slug(number % 150))/"
            let answer: String
            do {
                answer = "\(try RawHTTPConnection.fetch(path, port: port).status)"
            } catch {
                answer = "\(path): \(error)"
            }
            answers.withLock { $0.append(answer) }
        }
        editing.wait()
        let answered = answers.withLock { $0 }
        #expect(answered.count == 200)
        #expect(answered.allSatisfy { $0 == "200" }, "\(answered.filter { $0 != "200" })")
        #expect(editErrors.withLock { $0 }.isEmpty, "\(editErrors.withLock { $0 })")
        #expect(server.process.isRunning)
    }

    /// Seeking in a video asks for parts of the file: copied files and files held in memory
    /// answer `Range` with 206; pages, whose bytes the server changes, are always whole.
    @Test func rangeRequestsGetPartsOfFiles() throws {
        let site = try Self.makeSite()
        let video = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try site.write("content/files/talk.mp4", bytes: video)
        let server = try ServerProcess(site: site.root)

        let whole = try server.fetch("/files/talk.mp4")
        #expect(whole.status == 200)
        #expect(whole.body == video)
        #expect(whole.headers["accept-ranges"] == "bytes")
        #expect(whole.headers["content-type"] == "video/mp4")

        let middle = try server.fetch("/files/talk.mp4", headers: ["Range: bytes=65000-140000"])
        #expect(middle.status == 206)
        #expect(middle.headers["content-range"] == "bytes 65000-140000/200000")
        #expect(middle.body == Array(video[65000...140000]))

        let tail = try server.fetch("/files/talk.mp4", headers: ["Range: bytes=-10"])
        #expect(tail.status == 206)
        #expect(tail.body == Array(video.suffix(10)))

        let beyond = try server.fetch("/files/talk.mp4", headers: ["Range: bytes=200000-"])
        #expect(beyond.status == 416)
        #expect(beyond.headers["content-range"] == "bytes */200000")

        let conditional = try server.fetch("/files/talk.mp4", headers: ["Range: bytes=0-9", "If-Range: \"abc\""])
        #expect(conditional.status == 200)
        #expect(conditional.body.count == video.count)

        let stylesheet = try server.fetch("/assets/css/site.css")
        let firstBytes = try server.fetch("/assets/css/site.css", headers: ["Range: bytes=0-9"])
        #expect(firstBytes.status == 206, "the built-in theme's stylesheet, held in memory")
        #expect(firstBytes.body == Array(stylesheet.body.prefix(10)))

        let page = try server.fetch("/", headers: ["Range: bytes=0-9"])
        #expect(page.status == 200)
        #expect(page.headers["accept-ranges"] == nil)
        #expect(page.text.contains("Welcome home."))
        #expect(server.stop() == 0)
    }

    @Test func malformedRequestsDoNotStopTheServer() throws {
        let site = try Self.makeSite()
        let server = try ServerProcess(site: site.root)

        let garbage = try RawHTTPConnection(port: server.port)
        try garbage.send((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        #expect(try garbage.readResponse().status == 400)
        #expect(garbage.readsEndOfStream())

        let huge = try RawHTTPConnection(port: server.port)
        try huge.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: " + String(repeating: "a", count: 200_000) + "\r\n\r\n")
        #expect(try huge.readResponse().status == 400)
        #expect(huge.readsEndOfStream())

        let noHost = try RawHTTPConnection(port: server.port)
        try noHost.send("GET /nothing HTTP/1.0\r\n\r\n")
        #expect(try noHost.readResponse().status == 404)

        // A client that sends half a request and waits does not hold up anyone else.
        let slow = try RawHTTPConnection(port: server.port)
        try slow.send("GET / HTTP/1.1\r\nHost: 127.0.")
        #expect(try server.fetch("/").status == 200)

        #expect(server.process.isRunning)
        #expect(try server.fetch("/news/2026-01-05-award/").status == 200)
        #expect(server.stop() == 0)
    }

    @Test func aTakenPortIsAClearErrorAndStoppingLeavesNothingBehind() throws {
        let site = try Self.makeSite()
        let parent = site.root.deletingLastPathComponent()
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        let output = site.root.appendingPathComponent("preview")
        let server = try ServerProcess(site: site.root, arguments: ["--output", output.path])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("news/2026-01-05-award/index.html").path))

        let second = Process()
        second.executableURL = CommandLineTests.binary
        second.environment = CommandLineTests.environment
        second.arguments = ["serve", "--source", site.root.path, "--port", String(server.port)]
        let errors = Pipe()
        second.standardError = errors
        second.standardOutput = Pipe()
        try second.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus == 1)
        #expect(message == "error: port \(server.port) on 127.0.0.1 is already in use; stop the program that uses it, or choose another port with --port (--port 0 picks a free one)\n")

        // With --output, an edit rewrites only what changed, in place.
        let events = try server.subscribe()
        let untouched = FileStamp(path: output.appendingPathComponent("draft/index.html").path)
        try site.write("content/news/2026-01-05-award.md", "---\ntitle: An award\n---\nThe first version.\n\nWritten out.\n")
        #expect(try events.readEvent().name == "reload")
        let page = try String(contentsOf: output.appendingPathComponent("news/2026-01-05-award/index.html"), encoding: .utf8)
        #expect(page.contains("Written out."))
        #expect(!page.contains("__sitegen"), "files written to --output have no live-reload script")
        #expect(untouched != nil && FileStamp(path: output.appendingPathComponent("draft/index.html").path) == untouched)

        #expect(server.stop() == 0)
        #expect(server.output.last == "Stopped")
        // Other tests make folders in the same temporary folder meanwhile: only staging folders count.
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        let staging = after.subtracting(before).filter { $0.contains("sitegen-new") || $0.contains("sitegen-old") }
        #expect(staging.isEmpty, "\(staging)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("sitegen-new") || $0.contains("sitegen-old") }
        #expect(leftovers.isEmpty)
    }
}
