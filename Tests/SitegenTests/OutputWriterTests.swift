import Diagnostics
import Foundation
import Testing
@testable import Output

@Suite struct OutputWriterTests {
    static let items = [
        OutputItem(path: "index.html", source: .bytes(Array("home".utf8)), origin: "page /index.html"),
        OutputItem(path: "news/a/index.html", source: .bytes(Array("news a".utf8)), origin: "page /news/a/index.html"),
    ]
    static let newItems = [
        OutputItem(path: "index.html", source: .bytes(Array("new home".utf8)), origin: "page /index.html"),
        OutputItem(path: "news/b/index.html", source: .bytes(Array("news b".utf8)), origin: "page /news/b/index.html"),
    ]

    /// Every file below `folder` (relative path → bytes).
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        for case let path as String in FileManager.default.enumerator(atPath: base) ?? FileManager.DirectoryEnumerator() {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: base + "/" + path)
            }
        }
        return files
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The message of the one diagnostic `body` throws, or a description of what happened instead.
    static func thrownMessages(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return ["no error"]
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.headline)
        } catch {
            return ["not a DiagnosticError: \(error)"]
        }
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let home = try TempSite(["thesis.tex": "\\documentclass{article}"])
        let writer = OutputWriter(destination: home.root)
        #expect(Self.thrownMessages { _ = try writer.write(Self.items) } == [
            "error: refusing to replace \(home.root.path): it is not empty and was not made by sitegen (it has no .sitegen-output file); remove it or choose another --output",
        ])
        #expect(FileManager.default.fileExists(atPath: home.root.appendingPathComponent("thesis.tex").path))
    }

    @Test func refusesToReplaceAFile() throws {
        let parent = try TempSite(["notes.txt": "mine"])
        let writer = OutputWriter(destination: parent.root.appendingPathComponent("notes.txt"))
        #expect(Self.thrownMessages { _ = try writer.write(Self.items) } == [
            "error: refusing to replace \(parent.root.path)/notes.txt: it is a file, not a folder sitegen made",
        ])
        #expect(try String(contentsOf: parent.root.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func aFolderThatCannotBeMadeIsNamedWithTheReason() throws {
        let parent = try TempSite(["notes.txt": "mine"])
        let output = parent.root.appendingPathComponent("notes.txt/site/out")
        #expect(Self.thrownMessages { _ = try OutputWriter(destination: output).write(Self.items) } == [
            "error: cannot write the site to \(output.path): cannot create \(parent.root.path)/notes.txt: Not a directory",
        ])
    }

    @Test func replacesItsOwnOutputAndLeavesNoStagingFolders() throws {
        let parent = try TempSite()
        let destination = parent.root.appendingPathComponent("out")
        let writer = OutputWriter(destination: destination)
        _ = try writer.write([OutputItem(path: "old.html", source: .bytes(Array("old".utf8)), origin: "x")])
        _ = try writer.write([OutputItem(path: "a/new.html", source: .bytes(Array("new".utf8)), origin: "x")])
        #expect(try Self.names(in: destination) == [".sitegen-output", "a"])
        #expect(try Self.names(in: parent.root) == ["out"])
    }

    @Test func pathsOutsideTheOutputAreRejected() {
        for path in ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "./a"] {
            #expect(Self.thrownMessages {
                try OutputWriter.checkPaths([OutputItem(path: path, source: .bytes([]), origin: "content/x.md")])
            } == ["content/x.md:1:1: error: '\(path)' would be written outside the output folder"])
        }
    }

    @Test func aFileWhereAFolderIsNeededIsAnError() {
        let items = [
            OutputItem(path: "news", source: .bytes([]), origin: "content/news"),
            OutputItem(path: "news/index.html", source: .bytes([]), origin: "page /news/index.html"),
        ]
        #expect(Self.thrownMessages { try OutputWriter.checkPaths(items) } == [
            "content/news:1:1: error: content/news writes a file news where page /news/index.html needs a folder",
        ])
    }

    @Test func refusesTheSourceFolderItself() throws {
        let site = try TempSite(["site.yml": "title: x"])
        let writer = OutputWriter(destination: site.root, protecting: [site.root])
        #expect(writer.checkDestination()?.headline
            == "error: refusing to write the site into \(site.root.path): it holds the site's sources; choose another --output")
    }

    /// `--source out/src --output out` once deleted the sources: `out` is an output sitegen
    /// made (it has the marker), so only the sources check stands in the way.
    @Test func refusesAnOutputThatHoldsTheSources() throws {
        let parent = try TempSite(["out/.sitegen-output": "", "out/src/site.yml": "title: x", "out/src/content/a.md": "a\n"])
        let output = parent.root.appendingPathComponent("out")
        let writer = OutputWriter(destination: output, protecting: [output.appendingPathComponent("src")])
        #expect(Self.thrownMessages { _ = try writer.write(Self.items) } == [
            "error: refusing to write the site into \(output.path): it holds the site's sources; choose another --output",
        ])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("src/content/a.md").path))
        // A content folder that is a link to a folder inside the site counts where it leads.
        let site = try TempSite(["src/content/a.md": "a\n"])
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content").path, withDestinationPath: "src/content")
        let linked = OutputWriter(destination: site.root.appendingPathComponent("src"), protecting: [site.root])
        #expect(linked.checkDestination()?.headline
            == "error: refusing to write the site into \(site.root.path)/src: it holds the site's sources; choose another --output")
    }

    /// Each build would copy the last one into the next (`gen/gen/gen…`).
    @Test func refusesAnOutputInsideAFolderTheBuildReads() throws {
        let site = try TempSite(["site.yml": "title: x", "content/a.md": "a\n", "templates/page.html": "x", "assets/s.css": "x"])
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("link").path, withDestinationPath: "content")
        let cases = [
            ("content/gen", "content"), ("templates/out", "templates"), ("assets/a/b", "assets"),
            ("other/../content/gen", "content"), ("link/gen", "content"), ("notyet/../templates/x", "templates"),
        ]
        for (path, folder) in cases {
            let output = URL(fileURLWithPath: site.root.path + "/" + path)
            let writer = OutputWriter(destination: output, protecting: [site.root])
            #expect(Self.thrownMessages { _ = try writer.write(Self.items) } == [
                "error: refusing to write the site into \(output.standardizedFileURL.path): it is inside \(folder)/, which every build reads, so each build would copy the last one; choose a folder outside content/, templates/ and assets/ (the default is _site in the site folder)",
            ], "\(path)")
        }
        #expect(try Self.names(in: site.root.appendingPathComponent("content")) == ["a.md"])
        // An output in the site folder but outside the folders it reads is fine.
        let writer = OutputWriter(destination: site.root.appendingPathComponent("_site"), protecting: [site.root])
        #expect(writer.checkDestination() == nil)
        let sibling = OutputWriter(destination: site.root.appendingPathComponent("content-out"), protecting: [site.root])
        #expect(sibling.checkDestination() == nil)
    }

    /// A link to an earlier output stays a link; the site is written where it points.
    @Test func anOutputThatIsALinkIsFollowed() throws {
        let parent = try TempSite()
        let real = parent.root.appendingPathComponent("releases/current")
        let link = parent.root.appendingPathComponent("public")
        _ = try OutputWriter(destination: real).write(Self.items)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "releases/current")
        _ = try OutputWriter(destination: link).write(Self.newItems)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "releases/current")
        #expect(Self.files(in: real) == Self.files(in: link))
        #expect(Self.files(in: real)["news/b/index.html"] == Data("news b".utf8))
        #expect(try Self.names(in: parent.root) == ["public", "releases"])
        #expect(try Self.names(in: parent.root.appendingPathComponent("releases")) == ["current"])
        // A link to a folder not made yet: the first build makes it.
        let fresh = parent.root.appendingPathComponent("fresh")
        try FileManager.default.createSymbolicLink(atPath: fresh.path, withDestinationPath: "releases/next")
        _ = try OutputWriter(destination: fresh).write(Self.items)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: fresh.path) == "releases/next")
        #expect(Self.files(in: parent.root.appendingPathComponent("releases/next"))["index.html"] == Data("home".utf8))
    }

    @Test func twoItemsWritingOnePathIsAnError() {
        let items = [
            OutputItem(path: "a/index.html", source: .bytes([]), origin: "content/a.md"),
            OutputItem(path: "a/index.html", source: .bytes([]), origin: "content/b.md"),
        ]
        #expect(Self.thrownMessages { try OutputWriter.checkPaths(items) } == [
            "content/b.md:1:1: error: content/b.md and content/a.md both write a/index.html",
        ])
    }

    @Test func updatesOnlyAFolderItMade() throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(Self.thrownMessages {
            try OutputWriter(destination: output).update([OutputItem(path: "a.html", source: .bytes([]), origin: "x")], removing: [])
        } == ["error: cannot update \(output.path): it has no .sitegen-output file"])
        #expect(try Self.names(in: output) == [])
    }
}
