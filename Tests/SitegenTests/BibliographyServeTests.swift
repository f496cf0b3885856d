import Foundation
import Serve
import Testing

/// `sitegen serve` watches the files `site.yml`'s `bibliography:` names, wherever they are in
/// the site folder: editing one rebuilds its pages. In this process, with the test-only
/// `.papers` format.
@Suite(.serialized) struct BibliographyServeTests {
    @Test(arguments: [false, true]) func editingABibliographyFileRebuilds(polling: Bool) async throws {
        let site = try TempSite([
            "site.yml": "title: Served papers\nbase_url: https://p.example/\nbibliography: [refs/mine.papers, more/other.papers]\n",
            "refs/mine.papers": "a2020: First\n",
            "more/other.papers": "b2021: Second\n",
            "content/about.md": "About.\n",
        ])
        var options = ServeOptions(source: site.root)
        options.port = try MultiPageServeTests.freePort()
        options.now = "2026-06-01"
        options.quiet = true
        options.formats = .withPapers
        options.polling = polling
        options.pollInterval = .milliseconds(100)
        let port = options.port
        let root = site.root
        let server = Task.detached { try await PreviewServer(options: options).run() }
        defer { server.cancel() }

        let seen = try await MultiPageServeTests.blocking { () -> [String] in
            var seen = [try MultiPageServeTests.fetchWhenServing("/publications/a2020/", port: port).text]
            try MultiPageServeTests.save("a2020: First, edited\n", as: "refs/mine.papers", in: root)
            seen.append(try MultiPageServeTests.fetch("/publications/a2020/", port: port) { $0.text.contains("First, edited") }.text)
            try MultiPageServeTests.save("b2021: Second, edited\n", as: "more/other.papers", in: root)
            seen.append(try MultiPageServeTests.fetch("/publications/b2021/", port: port) { $0.text.contains("Second, edited") }.text)
            return seen
        }
        #expect(seen[0].contains("<h1>First</h1>"))
        #expect(seen[1].contains("<h1>First, edited</h1>"))
        #expect(seen[2].contains("<h1>Second, edited</h1>"))
        server.cancel()
        _ = await server.result
    }
}
