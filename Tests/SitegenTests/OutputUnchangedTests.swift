import Build
import Foundation
import Testing
@testable import Output

/// A build whose output already holds exactly its files writes none; any difference in the
/// output (a byte, a file more or less, a stray folder or link) has it written anew.
@Suite struct OutputUnchangedTests {
    static let items = OutputWriterTests.items

    /// The inode and modification time of each file below `folder`, by relative path.
    static func stamps(in folder: URL) -> [String: String] {
        var stamps: [String: String] = [:]
        for path in OutputWriterTests.files(in: folder).keys {
            var info = stat()
            _ = lstat(folder.path + "/" + path, &info)
            stamps[path] = "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return stamps
    }

    @Test func theSameItemsAgainWriteNoFile() throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("_site")
        let writer = OutputWriter(destination: output)
        #expect(try writer.write(Self.items).unchanged == false)
        let before = Self.stamps(in: output)
        let again = try writer.write(Self.items)
        #expect(again.unchanged)
        #expect(again.bytesWritten == 0)
        #expect(Self.stamps(in: output) == before)
        #expect(try OutputWriterTests.names(in: parent.root) == ["_site"])
    }

    @Test func aCopiedFileIsComparedByItsBytes() throws {
        let parent = try TempSite(["paper.pdf": "%PDF-1"])
        let output = parent.root.appendingPathComponent("_site")
        let source = parent.root.appendingPathComponent("paper.pdf")
        let items = Self.items + [OutputItem(path: "files/paper.pdf", source: .copy(source), origin: "static/paper.pdf")]
        let writer = OutputWriter(destination: output)
        _ = try writer.write(items)
        #expect(try writer.write(items).unchanged)
        try Data("%PDF-2".utf8).write(to: source)
        #expect(try writer.write(items).unchanged == false)
        #expect(OutputWriterTests.files(in: output)["files/paper.pdf"] == Data("%PDF-2".utf8))
    }

    @Test(arguments: ["a byte edited", "a file added", "a file removed", "an empty folder", "a link", "the marker edited"])
    func anyDifferenceInTheOutputHasItWrittenAnew(change: String) throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("_site")
        let writer = OutputWriter(destination: output)
        _ = try writer.write(Self.items)
        let folder = output.path
        switch change {
        case "a byte edited": try Data("homE".utf8).write(to: output.appendingPathComponent("index.html"))
        case "a file added": try Data("x".utf8).write(to: output.appendingPathComponent("news/stray.html"))
        case "a file removed": try FileManager.default.removeItem(atPath: folder + "/news/a/index.html")
        case "an empty folder": try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: false)
        case "a link": try FileManager.default.createSymbolicLink(atPath: folder + "/news/link", withDestinationPath: "a")
        default: try Data("edited\n".utf8).write(to: output.appendingPathComponent(OutputWriter.markerName))
        }
        #expect(try writer.write(Self.items).unchanged == false)
        #expect(OutputWriterTests.files(in: output) == [
            "index.html": Data("home".utf8),
            "news/a/index.html": Data("news a".utf8),
            OutputWriter.markerName: Data(OutputWriter.markerText.utf8),
        ])
        #expect(try OutputWriterTests.names(in: output.appendingPathComponent("news")) == ["a"])
    }
}

/// A build writes what changed and links the rest in from the previous output, so the files
/// it did not change keep their inode and time, and the output is still that of a fresh build.
@Suite struct OutputKeptFilesTests {
    static func inode(_ path: String) -> UInt64 {
        var info = stat()
        _ = lstat(path, &info)
        return UInt64(info.st_ino)
    }

    @Test func aRebuildWritesTheChangedPageAndLinksTheRest() throws {
        let site = try TempSite([
            "site.yml": "title: Lab\n",
            "content/index.md": "Home.\n",
            "content/news/a.md": "---\ntitle: A\ndate: 2026-01-02\n---\nFirst.\n",
            "content/news/b.md": "---\ntitle: B\ndate: 2026-01-03\n---\nSecond.\n",
        ])
        let output = site.root.appendingPathComponent("_site")
        let options = BuildOptions(source: site.root, output: output, buildDate: FixtureTests.defaultBuildDate)
        #expect(SiteBuilder().build(options).succeeded)
        let untouched = output.path + "/news/a/index.html"
        let before = Self.inode(untouched)
        try site.write("content/news/b.md", "---\ntitle: B\ndate: 2026-01-03\n---\nSecond, edited.\n")
        let report = SiteBuilder().build(options)
        #expect(report.succeeded && !report.outputUnchanged)
        #expect(Self.inode(untouched) == before)
        #expect(try String(contentsOfFile: output.path + "/news/b/index.html", encoding: .utf8).contains("Second, edited."))
        let fresh = site.root.appendingPathComponent("fresh")
        #expect(SiteBuilder().build(BuildOptions(source: site.root, output: fresh, buildDate: FixtureTests.defaultBuildDate)).succeeded)
        #expect(OutputWriterTests.files(in: output) == OutputWriterTests.files(in: fresh))
        #expect(SiteBuilder().build(options).outputUnchanged)
    }

    @Test func aFileThatCannotBeKeptFailsTheWriteAndKeepsThePreviousSite() throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("_site")
        var writer = OutputWriter(destination: output)
        _ = try writer.write(OutputWriterTests.items)
        let before = OutputWriterTests.files(in: output)
        writer.fileSystem.linkFile = { _, target throws(POSIXFile.Failure) in throw POSIXFile.Failure(path: target, code: EXDEV) }
        let changed = [OutputWriterTests.items[0], OutputItem(path: "news/a/index.html", source: .bytes(Array("news a, edited".utf8)), origin: "page /news/a/index.html")]
        #expect(OutputWriterTests.thrownMessages { _ = try writer.write([changed[1], changed[0]]) } == [
            "error: cannot write the site to \(output.path): keeping index.html from the previous site: Invalid cross-device link; the previous site in \(output.path) is intact",
        ])
        #expect(OutputWriterTests.files(in: output) == before)
        #expect(try OutputWriterTests.names(in: parent.root) == ["_site"])
    }
}
