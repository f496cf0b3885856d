import Foundation
import Serve
import Testing

/// `sitegen serve` with Jekyll's Markdown file names: an edit of `about.markdown` and a new
/// `notes.mkd` show as pages, as `.md` files do.
@Suite(.serialized) struct JekyllServeTests {
    @Test func jekyllMarkdownFilesAreWatchedAndRebuilt() async throws {
        let site = try TempSite([
            "site.yml": "title: Served Jekyll\n",
            "content/about.markdown": "---\ntitle: About\n---\nFirst text.\n",
        ])
        var options = ServeOptions(source: site.root)
        options.port = try MultiPageServeTests.freePort()
        options.now = "2026-06-01"
        options.quiet = true
        let port = options.port
        let root = site.root
        let server = Task.detached { try await PreviewServer(options: options).run() }
        defer { server.cancel() }

        let seen = try await MultiPageServeTests.blocking { () -> [String] in
            let first = try MultiPageServeTests.fetchWhenServing("/about/", port: port).text
            // Without a first page there is nothing to wait for: fail now, not after the patience.
            guard first.contains("First text.") else { return [first, "", ""] }
            try MultiPageServeTests.save("---\ntitle: About\n---\nEdited text.\n", as: "content/about.markdown", in: root)
            let edited = try MultiPageServeTests.fetch("/about/", port: port) { $0.text.contains("Edited text.") }.text
            try MultiPageServeTests.save("---\ntitle: Notes\n---\nNew notes.\n", as: "content/notes.mkd", in: root)
            let added = try MultiPageServeTests.fetch("/notes/", port: port) { $0.status == 200 }.text
            return [first, edited, added]
        }
        #expect(seen[0].contains("<p>First text.</p>"))
        #expect(seen[1].contains("<p>Edited text.</p>"))
        #expect(seen[2].contains("<h1>Notes</h1>"))
        #expect(!seen[2].contains("title: Notes"))
        server.cancel()
        _ = await server.result
    }
}
