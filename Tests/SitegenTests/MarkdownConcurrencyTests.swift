import Dispatch
import Foundation
import Synchronization
import Testing
@testable import Markdown

/// Parses running at once must give exactly what one parse at a time gives. cmark-gfm shares
/// one table of extension characters between all its parsers; `CmarkParsing` settles it once.
/// Without that, strikethrough, autolinks and tables go missing from some of the outputs.
@Suite struct MarkdownConcurrencyTests {
    #if os(Linux)
    @Test func parsesRunConcurrentlyWithTheToolchainsLinker() {
        #expect(MarkdownRenderer.parsesConcurrently)
    }
    #endif

    @Test func concurrentParsesGiveTheSerialOutputByteForByte() {
        let documents = (0..<1_500).map { ExtensionHeavyDocument(seed: UInt64($0)).text }
        let renderer = MarkdownRenderer()
        let serial = documents.map { renderer.render($0).html }
        let rounds = 4
        let differing = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4 * rounds) { worker in
            let thread = worker % 4
            for index in stride(from: thread, to: documents.count, by: 4)
            where renderer.render(documents[index]).html != serial[index] {
                differing.wrappingAdd(1, ordering: .relaxed)
            }
        }
        #expect(differing.load(ordering: .relaxed) == 0)
        #expect(serial[0].contains("<del>"))
        #expect(serial.contains { $0.contains("<a href=\"http://www.") })
        #expect(serial.contains { $0.contains("<table>") })
        #expect(serial.contains { $0.contains("type=\"checkbox\"") })
    }
}

/// A Markdown document dense in what cmark-gfm's extensions read: `~~`, `www.` and `https:`
/// autolinks, tables, task lists, footnotes, with emphasis and code between them.
private struct ExtensionHeavyDocument {
    let text: String

    init(seed: UInt64) {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["model", "data", "proof", "kernel", "graph", "seminar", "bound", "lemma", "field", "sample"]
        func word() -> String {
            let plain = words[next(words.count)]
            switch next(9) {
            case 0: return "~~\(plain)~~"
            case 1: return "www.\(plain).org"
            case 2: return "https://example.org/\(plain)"
            case 3: return "*\(plain)*"
            case 4: return "`\(plain)`"
            case 5: return "\(plain)[^\(next(3) + 1)]"
            case 6: return "\(plain)@example.org"
            default: return plain
            }
        }
        func line(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }
        var blocks = ["~~\(words[Int(seed % 10)])~~ " + line(8)]
        for _ in 0..<(3 + next(4)) {
            switch next(4) {
            case 0: blocks.append("| \(word()) | \(word()) |\n|---|:-:|\n| \(line(2)) | \(line(2)) |")
            case 1: blocks.append((0..<3).map { _ in "- [\(next(2) == 0 ? " " : "x")] \(line(4))" }.joined(separator: "\n"))
            default: blocks.append(line(12 + next(10)))
            }
        }
        blocks += (1...3).map { "[^\($0)]: \(line(3))" }
        text = blocks.joined(separator: "\n\n") + "\n"
    }
}
