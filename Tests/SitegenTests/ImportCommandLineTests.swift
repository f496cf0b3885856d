import Foundation
import JekyllImport
import Testing

/// `sitegen import jekyll SRC DEST` as a user runs it: the report printed and written, the
/// refusals and their exit statuses, and the imported settings built by sitegen.
@Suite struct ImportCommandLineTests {
    static let academicpages = FixtureTests.root.appendingPathComponent("jekyll/academicpages/site")

    @Test func importPrintsAndWritesTheReportAndTheSiteBuilds() throws {
        let container = try TempSite()
        let destination = container.root.appendingPathComponent("imported")
        let result = try runSitegen(["import", "jekyll", Self.academicpages.path, destination.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        let report = try String(contentsOf: destination.appendingPathComponent("IMPORT.md"), encoding: .utf8)
        #expect(result.output.hasPrefix(report))
        #expect(report.contains("\n- `_config.yml` → `site.yml`\n"))
        #expect(report.hasPrefix("# Imported from Jekyll\n\n12 pages written, 4 other files written or copied, "), "\(report)")
        #expect(report.contains("\n- `_config.yml:17`: `author.location`: the profile has no location;"))
        #expect(result.output.hasSuffix("Preview: sitegen serve --source \(destination.path)\n"))
    }

    /// The fixtures hold Jekyll's own date forms, which build learns on another branch; the
    /// settings, the pages and the copied files build today without an error.
    @Test func importedSettingsAndPagesBuild() throws {
        let site = try TempSite([
            "_config.yml": "title: T\nurl: https://t.github.io\nauthor:\n  name: Ana\n  avatar: me.jpg\n  github: ana\n",
            "_data/navigation.yml": "main:\n  - title: CV\n    url: /cv/\n",
            "_pages/cv.md": "---\npermalink: /cv/\ntitle: CV\n---\n[PDF]({{ base_path }}/files/cv.pdf)\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\nredirect_from: [/about/]\n---\nHello.\n",
            "files/cv.pdf": "%PDF-1.4\n",
            "images/me.jpg": "GIF89a",
        ])
        let destination = site.root.deletingLastPathComponent().appendingPathComponent("imported")
        #expect(try runSitegen(["import", "jekyll", site.root.path, destination.path]).status == 0)
        let built = try runSitegen(["build", "--source", destination.path, "--now", "2026-06-01"])
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.isEmpty, "\(built.errors)")
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("_site/cv/index.html").path))
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("_site/files/cv.pdf").path))
    }

    /// academicpages' posts archive, in a site without `_news`: the posts become `news/`, the
    /// archive its list's introduction, its URLs redirects, and the menu goes to the list.
    @Test func aListPageMovesWithItsMenuEntryAndRedirects() throws {
        let site = try TempSite([
            "_config.yml": "title: T\nurl: https://t.github.io\n",
            "_data/navigation.yml": "main:\n  - title: Blog\n    url: /year-archive\n",
            "_pages/year-archive.html": "---\ntitle: Blog posts\npermalink: /year-archive/\nredirect_from:\n  - /wordpress/blog-posts/\n---\n"
                + "{% for post in site.posts %}{% include archive-single.html %}{% endfor %}\n",
            "_posts/2020-01-02-hello.md": "---\ntitle: Hello\n---\nHi.\n",
        ])
        let destination = site.root.deletingLastPathComponent().appendingPathComponent("imported")
        #expect(try runSitegen(["import", "jekyll", site.root.path, destination.path]).status == 0)
        #expect(try String(contentsOf: destination.appendingPathComponent("content/news/index.md"), encoding: .utf8)
            == "---\ntitle: \"Blog posts\"\nredirect_from: [\"/year-archive/\", \"/wordpress/blog-posts/\"]\n---\n")
        #expect(try String(contentsOf: destination.appendingPathComponent("site.yml"), encoding: .utf8).contains("  - {title: \"Blog\", url: \"/news/\"}\n"))
        let built = try runSitegen(["build", "--source", destination.path, "--now", "2026-06-01"])
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.isEmpty, "\(built.errors)")
        for redirect in ["year-archive/index.html", "wordpress/blog-posts/index.html"] {
            let page = try String(contentsOf: destination.appendingPathComponent("_site/" + redirect), encoding: .utf8)
            #expect(page.contains("<link rel=\"canonical\" href=\"https://t.github.io/news/\">"), "\(redirect)")
        }
    }

    /// A CV page whose data the import cannot read is told, not published empty in silence.
    @Test func aCVPageWithoutItsDataIsNoted() throws {
        let site = try TempSite([
            "_config.yml": "title: T\n",
            "_pages/cv.md": "---\nlayout: cv\npermalink: /cv/\ntitle: cv\n---\n",
            "assets/json/resume.json": "{}\n",
        ])
        let report = try JekyllImporter(folder: site.root).plan()
        #expect(report.notes.map { "\($0.place) \($0.subject): \($0.advice)" } == [
            "_pages/cv.md:2 `layout: cv`: the theme made this CV from data (al-folio's assets/json/resume.json) that the import does not read: write the CV into content/cv.md",
        ])
        // CV data that no page shows is not read either, and is told.
        try site.write("_pages/cv.md", "---\npermalink: /cv/\ntitle: cv\n---\nMy CV.\n")
        try site.write("_data/cv.yml", "- title: Education\n  type: list\n  contents: [PhD]\n")
        #expect(try JekyllImporter(folder: site.root).plan().notes.map(\.place) == ["_data/cv.yml"])
    }

    @Test func aFolderWithoutConfigIsNotAJekyllSite() throws {
        let site = try TempSite(["index.md": "# Hello\n"])
        let result = try runSitegen(["import", "jekyll", site.root.path, site.root.appendingPathComponent("../out").path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == "error: '\(site.root.path)' is not a Jekyll site: it has no _config.yml\n")
    }

    @Test func badYAMLIsAnErrorAtItsPlaceWithItsLine() throws {
        let site = try TempSite([
            "_config.yml": "title: T\n",
            "_pages/cv.md": "---\r\ntitle: CV\r\npermalink: /cv/: x\r\n---\r\nText.\r\n",
        ])
        let output = site.root.deletingLastPathComponent().appendingPathComponent("out")
        let result = try runSitegen(["import", "jekyll", site.root.path, output.path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == """
            _pages/cv.md:3:16: error: mapping values are not allowed in this context
             3 | permalink: /cv/: x
               |                ^

            """)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        try site.write("_config.yml", "title: T\nauthor:\n  name: [Ana\n")
        #expect(try runSitegen(["import", "jekyll", site.root.path, output.path]).errors.hasPrefix("_config.yml:4:1: error: "))
    }

    /// An imported page edited since is not written over by a second import, unless asked;
    /// nothing at all is written then, and the other files of the destination are left alone.
    @Test func aSecondImportKeepsEditedFiles() throws {
        let site = try TempSite([
            "_config.yml": "title: T\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nHello.\n",
            "_pages/cv.md": "---\npermalink: /cv/\ntitle: CV\n---\nCV.\n",
        ])
        let destination = site.root.deletingLastPathComponent().appendingPathComponent("imported")
        #expect(try runSitegen(["import", "jekyll", site.root.path, destination.path]).status == 0)
        let index = destination.appendingPathComponent("content/index.md")
        let cv = destination.appendingPathComponent("content/cv.md")
        try Data("---\ntitle: About\n---\nEdited.\n".utf8).write(to: index)
        try Data("Mine.\n".utf8).write(to: destination.appendingPathComponent("content/extra.md"))
        try site.write("_pages/cv.md", "---\npermalink: /cv/\ntitle: CV\n---\nNew CV.\n")
        let refused = try runSitegen(["import", "jekyll", site.root.path, destination.path])
        #expect(refused.status == 1)
        #expect(refused.errors == "error: 2 files of the destination would be written over, since they differ from what the import makes: content/cv.md, content/index.md; nothing was written. Move them away, or give --overwrite to replace them\n")
        #expect(try String(contentsOf: index, encoding: .utf8) == "---\ntitle: About\n---\nEdited.\n")
        #expect(try String(contentsOf: cv, encoding: .utf8).hasSuffix("\nCV.\n"))
        let forced = try runSitegen(["import", "jekyll", "--overwrite", site.root.path, destination.path])
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try String(contentsOf: index, encoding: .utf8).hasSuffix("\nHello.\n"))
        #expect(try String(contentsOf: cv, encoding: .utf8).hasSuffix("\nNew CV.\n"))
        #expect(try String(contentsOf: destination.appendingPathComponent("content/extra.md"), encoding: .utf8) == "Mine.\n")
    }

    @Test func usageErrorsExitWithTwo() throws {
        let site = try TempSite(["_config.yml": "title: T\n"])
        let cases: [([String], String)] = [
            (["import", "jekyll", site.root.path], "Error: Missing expected argument '<dest>'"),
            (["import", "hugo", site.root.path, "/tmp/x"], "Error: The value 'hugo' is invalid for '<format>'"),
            (["import", "jekyll", "/nonexistent/site", "/tmp/x"], "Error: '/nonexistent/site' is not a folder"),
            (["import", "jekyll", site.root.path, site.root.appendingPathComponent("out").path],
             "Error: '\(site.root.appendingPathComponent("out").path)' is inside '\(site.root.path)': the import never writes into the site it reads; give a folder outside it"),
        ]
        for (arguments, message) in cases {
            let result = try runSitegen(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.split(separator: "\n").first.map(String.init)?.hasPrefix(message) == true, "\(result.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("out").path))
    }
}
