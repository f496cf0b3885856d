import Foundation
import Testing

/// `sitegen math`: one line of HTML per formula, in the order given, and positioned warnings.
@Suite struct MathCommandTests {
    /// Formulas convert on all cores, a batch at a time; what is printed keeps their order, and a
    /// warning names its line past the first batch.
    @Test func manyLinesKeepTheirOrder() throws {
        let count = 5_000
        let broken = 3_000
        let input = (0..<count).map { $0 == broken ? "\\foo" : "x_{\($0)}" }.joined(separator: "\n") + "\n"
        let result = try runSitegen(["math"], input: input)
        #expect(result.status == 1)
        #expect(result.errors == "<stdin>:\(broken + 1):1: warning: unknown command \\foo\n")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == count + 1)
        for (index, line) in lines.dropLast().enumerated() where index != broken {
            #expect(line == "<math><semantics><msub><mi>x</mi><mn>\(index)</mn></msub>"
                + "<annotation encoding=\"application/x-tex\">x_{\(index)}</annotation></semantics></math>")
        }
        #expect(lines[broken] == "<code class=\"math-error\">\\foo</code>")
    }

    @Test func problemsNameTheirLineAndExitWithOne() throws {
        let result = try runSitegen(["math"], input: "a\n\\foo\nb\nx^\n")
        #expect(result.status == 1)
        #expect(result.errors == "<stdin>:2:1: warning: unknown command \\foo\n<stdin>:4:2: warning: missing argument for ^\n")
        #expect(result.output.split(separator: "\n").map { $0.hasPrefix("<code class=\"math-error\">") } == [false, true, false, true])
    }

    /// `\r\n` ends a line as `\n` does, and a last line needs no line break.
    @Test func lineBreaksOfEitherKind() throws {
        let result = try runSitegen(["math"], input: "a\r\n\r\nb")
        #expect(result.status == 0)
        #expect(result.output == """
            <math><semantics><mi>a</mi><annotation encoding="application/x-tex">a</annotation></semantics></math>
            <math><semantics><mrow></mrow><annotation encoding="application/x-tex"></annotation></semantics></math>
            <math><semantics><mi>b</mi><annotation encoding="application/x-tex">b</annotation></semantics></math>

            """)
    }

    @Test func argumentInDisplay() throws {
        let result = try runSitegen(["math", "--display", "a^2"], input: "")
        #expect(result.status == 0)
        #expect(result.output == "<math display=\"block\"><semantics><msup><mi>a</mi><mn>2</mn></msup>"
            + "<annotation encoding=\"application/x-tex\">a^2</annotation></semantics></math>\n")
    }
}
