import Diagnostics
import Foundation
import Testing
@testable import Output

@Suite struct OutputWriterTests {
    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let home = try TempSite(["thesis.tex": "\\documentclass{article}"])
        let writer = OutputWriter(destination: home.root)
        #expect(throws: DiagnosticError.self) { try writer.write([OutputItem(path: "index.html", source: .bytes([]), origin: "x")]) }
        #expect(FileManager.default.fileExists(atPath: home.root.appendingPathComponent("thesis.tex").path))
    }

    @Test func replacesItsOwnOutputAndLeavesNoStagingFolders() throws {
        let parent = try TempSite()
        let destination = parent.root.appendingPathComponent("out")
        let writer = OutputWriter(destination: destination)
        _ = try writer.write([OutputItem(path: "old.html", source: .bytes(Array("old".utf8)), origin: "x")])
        _ = try writer.write([OutputItem(path: "a/new.html", source: .bytes(Array("new".utf8)), origin: "x")])
        let names = try FileManager.default.contentsOfDirectory(atPath: destination.path).sorted()
        #expect(names == [".sitegen-output", "a"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.root.path) == ["out"])
    }

    @Test func pathsOutsideTheOutputAreRejected() {
        for path in ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "./a"] {
            #expect(throws: DiagnosticError.self, "\(path)") {
                try OutputWriter.checkPaths([OutputItem(path: path, source: .bytes([]), origin: "content/x.md")])
            }
        }
    }

    @Test func aFileWhereAFolderIsNeededIsAnError() {
        let items = [
            OutputItem(path: "news", source: .bytes([]), origin: "content/news"),
            OutputItem(path: "news/index.html", source: .bytes([]), origin: "page /news/index.html"),
        ]
        #expect(throws: DiagnosticError.self) { try OutputWriter.checkPaths(items) }
    }

    @Test func refusesTheSourceFolderItself() throws {
        let site = try TempSite(["site.yml": "title: x"])
        let writer = OutputWriter(destination: site.root, protecting: [site.root.appendingPathComponent("sub")])
        #expect(writer.checkDestination() != nil)
    }
}
