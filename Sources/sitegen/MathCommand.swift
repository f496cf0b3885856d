import ArgumentParser
import Foundation
import Parallel
import TeXMath

struct MathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "math",
        abstract: "Convert TeX math to MathML, as the build does.",
        discussion: """
        Converts TEX, or each line of standard input when TEX is not given (one formula per \
        line, each on its own, converted on all cores), printing one line of HTML per formula, \
        in order. Problems are printed to standard error. Exit status: 0, or 1 when a formula or the macros have a problem.
        """)

    @Flag(name: .long, help: "Display math (display=\"block\", numbered environments).")
    var display = false

    @Option(name: .long, help: ArgumentHelp("A file of \\newcommand/\\def definitions, like site.yml math_macros.", valueName: "file"))
    var macros: String?

    @Argument(help: ArgumentHelp("The formula, without delimiters.", valueName: "tex"))
    var tex: String?

    func run() throws {
        var clean = true
        var definitions = MathMacros.none
        if let macros {
            let text: String
            do {
                text = try String(contentsOfFile: macros, encoding: .utf8)
            } catch {
                throw ValidationError("--macros '\(macros)' cannot be read")
            }
            let parsed = MathMacros.parse(text)
            definitions = parsed.macros
            clean = report(parsed.problems, in: text, file: macros, firstLine: 1) && clean
        }
        let formulas = tex.map { [$0] } ?? Self.lines(of: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        let name = tex == nil ? "<stdin>" : "<argument>"
        let display = self.display
        let macros = definitions
        // Each formula is a page of its own, so they convert independently, on all cores, a batch
        // at a time: what is printed is not held for the whole input.
        var output: [UInt8] = []
        for batch in stride(from: 0, to: formulas.count, by: Self.batchSize) {
            let lines = Array(formulas[batch..<min(batch + Self.batchSize, formulas.count)])
            let rendered = lines.parallelMap { formula in
                var page = MathPage(macros: macros)
                page.add(formula, display: display)
                return page.render()[0]
            }
            for (offset, formula) in rendered.enumerated() {
                output.append(contentsOf: formula.html.utf8)
                output.append(UInt8(ascii: "\n"))
                clean = report(formula.problems, in: lines[offset], file: name, firstLine: batch + offset + 1) && clean
            }
            FileHandle.standardOutput.write(Data(output))
            output.removeAll(keepingCapacity: true)
        }
        if !clean { throw ExitCode(1) }
    }

    /// Formulas converted between two writes of the output.
    private static let batchSize = 2_048

    /// The lines of `input` without their line breaks (`\n` or `\r\n`); a last line break ends the
    /// last line, it does not start an empty one.
    private static func lines(of input: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        while start < input.count {
            let newline = input[start...].firstIndex(of: UInt8(ascii: "\n")) ?? input.count
            let end = newline > start && input[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            lines.append(String(decoding: input[start..<end], as: UTF8.self))
            start = newline + 1
        }
        return lines
    }

    /// Prints problems as `file:line:col: warning: message`; true when there are none.
    private func report(_ problems: [MathProblem], in text: String, file: String, firstLine: Int) -> Bool {
        for problem in problems {
            let before = Array(text.utf8).prefix(problem.offset)
            let lineBreaks = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
            let message = "\(file):\(firstLine + lineBreaks):\(column): warning: \(problem.message)\n"
            FileHandle.standardError.write(Data(message.utf8))
        }
        return problems.isEmpty
    }
}
