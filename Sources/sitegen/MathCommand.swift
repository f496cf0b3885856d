import ArgumentParser
import Foundation
import TeXMath

struct MathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "math",
        abstract: "Convert TeX math to MathML, as the build does.",
        discussion: """
        Converts TEX, or each line of standard input when TEX is not given (one formula per \
        line, each on its own), printing one line of HTML per formula. Problems are printed to \
        standard error. Exit status: 0, or 1 when a formula or the macros have a problem.
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
        var output = ""
        if let tex {
            clean = convert(tex, name: "<argument>", line: 1, macros: definitions, into: &output) && clean
        } else {
            var line = 0
            while let formula = readLine() {
                line += 1
                clean = convert(formula, name: "<stdin>", line: line, macros: definitions, into: &output) && clean
                if output.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(output.utf8))
                    output = ""
                }
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if !clean { throw ExitCode(1) }
    }

    /// Converts one formula on a page of its own; false when it has problems.
    private func convert(_ formula: String, name: String, line: Int, macros: MathMacros, into output: inout String) -> Bool {
        var page = MathPage(macros: macros)
        page.add(formula, display: display)
        let rendered = page.render()[0]
        output += rendered.html
        output += "\n"
        return report(rendered.problems, in: formula, file: name, firstLine: line)
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
