import Diagnostics
import Foundation
import Testing
@testable import Output

@Suite struct OutputWriterTests {
    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let home = try TempSite(["thesis.tex": "\\documentclass{article}"])
        let writer = OutputWriter(destination: home.root)
        let error = #expect(throws: DiagnosticError.self) { _ = try writer.write([OutputItem(path: "index.html", source: .bytes([]), origin: "x")]) }
        #expect(error?.diagnostics.map(\.headline) == [
            "error: refusing to replace \(home.root.path): it is not empty and was not made by sitegen (it has no .sitegen-output file); remove it or choose another --output",
        ])
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

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "./a"])
    func pathsOutsideTheOutputAreRejected(path: String) {
        let error = #expect(throws: DiagnosticError.self) { try OutputWriter.checkPaths([OutputItem(path: path, source: .bytes([]), origin: "content/x.md")]) }
        #expect(error?.diagnostics.map(\.headline) == [
            "content/x.md:1:1: error: '\(path)' would be written outside the output folder",
        ])
    }

    @Test func aFileWhereAFolderIsNeededIsAnError() {
        let items = [
            OutputItem(path: "news", source: .bytes([]), origin: "content/news"),
            OutputItem(path: "news/index.html", source: .bytes([]), origin: "page /news/index.html"),
        ]
        let error = #expect(throws: DiagnosticError.self) { try OutputWriter.checkPaths(items) }
        #expect(error?.diagnostics.map(\.headline) == [
            "content/news:1:1: error: content/news writes a file news where page /news/index.html needs a folder",
        ])
    }

    @Test func twoItemsWritingOnePathIsAnError() {
        let items = [
            OutputItem(path: "a/index.html", source: .bytes([]), origin: "content/a.md"),
            OutputItem(path: "a/index.html", source: .bytes([]), origin: "content/b.md"),
        ]
        let error = #expect(throws: DiagnosticError.self) { try OutputWriter.checkPaths(items) }
        #expect(error?.diagnostics.map(\.headline) == [
            "content/b.md:1:1: error: content/b.md and content/a.md both write a/index.html",
        ])
    }

    @Test func updatesOnlyAFolderItMade() throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let error = #expect(throws: DiagnosticError.self) {
            try OutputWriter(destination: output).update([OutputItem(path: "a.html", source: .bytes([]), origin: "x")], removing: [])
        }
        #expect(error?.diagnostics.map(\.headline) == ["error: cannot update \(output.path): it has no .sitegen-output file"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [])
    }

    @Test func refusesToReplaceAFile() throws {
        let parent = try TempSite(["out": "notes"])
        let output = parent.root.appendingPathComponent("out")
        #expect(OutputWriter(destination: output).checkDestination()?.headline
            == "error: refusing to replace \(output.path): it is a file, not a folder sitegen made")
    }

    /// The output is an empty folder with the sources below it: only the sources rule refuses it.
    @Test func refusesAFolderThatHoldsTheSources() throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let writer = OutputWriter(destination: output, protecting: [output.appendingPathComponent("src")])
        #expect(writer.checkDestination()?.headline
            == "error: refusing to write the site into \(output.path): it holds the site's sources; choose another --output")
    }
}
