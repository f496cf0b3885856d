import Foundation
import Testing
@testable import TeXMath

/// Random mutations of real formulas: every one converts, within bounds, to balanced markup
/// or to an error with a problem inside the source. `SITEGEN_MATH_FUZZ_CASES` sets the count.
@Suite struct FuzzTests {
    static let seeds = [
        "x^2 + y^2 = z^2", "\\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}", "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}",
        "\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}", "\\lim_{h \\to 0} \\frac{f(x+h)-f(x)}{h}",
        "\\left( \\sum_{k} a_k b_k \\right)^2 \\le \\sum_k a_k^2 \\sum_k b_k^2", "\\mathbb{E}[X] = \\sum_x x\\,\\Pr(X=x)",
        "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}^{-1} = \\frac{1}{ad-bc}\\begin{bmatrix} d & -b \\\\ -c & a \\end{bmatrix}",
        "f(x) = \\begin{cases} x^2 & x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}",
        "\\begin{align} a &= b + c \\label{e1} \\\\ &= d \\nonumber \\end{align}", "\\eqref{e1} \\ref{e1}",
        "\\hat{\\theta} = \\operatorname*{arg\\,max}_{\\theta \\in \\Theta} \\log L(\\theta)", "\\nabla \\cdot \\vec{E} = \\frac{\\rho}{\\varepsilon_0}",
        "\\newcommand{\\R}{\\mathbb{R}} f\\colon \\R^n \\to \\R", "\\def\\norm#1{\\left\\lVert #1 \\right\\rVert} \\norm{x}_2",
        "\\overbrace{1+\\cdots+1}^{n} \\underbrace{x}_{y}", "\\binom{n}{k} = \\frac{n!}{k!(n-k)!}", "a \\not= b \\not\\in C",
        "\\begin{array}{l|cr} 1 & 2 & 3 \\\\ \\hline 4 & 5 & 6 \\end{array}", "\\color{red}{x} \\textcolor{blue}{y} \\boxed{z}",
        "\\big( \\Big[ \\bigg\\{ \\Bigg\\langle x \\Biggr\\rangle \\biggr\\} \\Bigr] \\bigr)", "\\text{for all $x$}, \\quad x' \\ge 0",
        "\\begin{aligned} x &= 1 \\\\ y &= 2 \\end{aligned} \\tag{3}", "\\sqrt[3]{x} \\dfrac12 \\tfrac{a}{b} \\cfrac{1}{1+x}",
        "\\mathcal{L} \\mathfrak{g} \\mathscr{F} \\mathbf{v} \\boldsymbol{\\mu} \\mathrm{d}t",
        "\\begin{multline} a \\\\ b \\end{multline}", "\\begin{gather} x \\\\ y \\end{gather}",
        "\\overset{def}{=} \\stackrel{?}{\\le} \\underset{x}{\\min}", "\\left.\\frac{df}{dx}\\right|_{x=0}",
        "\\|x\\|_\\infty \\lvert y \\rvert \\lceil z \\rceil \\lfloor w \\rfloor",
    ]

    /// Inserted whole, now and then many times over (deep nesting, long rows).
    static let pieces = ["{", "}", "\\", "&", "\\\\", "\\left(", "\\right)", "\\middle|", "^", "_", "'", "$", "#1", "[", "]",
                         "\\frac", "\\sqrt", "\\begin{matrix}", "\\end{matrix}", "\\begin{align}", "\\end{align}", "\\text{",
                         "\\newcommand{\\x}[1]{#1#1}", "\\x", "\\def\\y{\\y}", "\\y", "\\label{a}", "\\tag{b}", "\\eqref{a}",
                         "\\operatorname*{", "\\color{", "\\hspace{", "\\not", "\\limits", "%", "~", "é", "\\end", "\\begin{",
                         "\\sqrt", "\\hat", "\\mathbf", "x^", "\\left\\{"]

    @Test func mutatedFormulasConvertWithinBounds() {
        let count = ProcessInfo.processInfo.environment["SITEGEN_MATH_FUZZ_CASES"].flatMap(Int.init) ?? 20_000
        var random = SplitMix64(seed: 20261202)
        var slowest = Duration.zero
        var errors = 0
        let clock = ContinuousClock()
        for index in 0..<count {
            let tex = mutate(Self.seeds[Int(random.next() % UInt64(Self.seeds.count))], with: &random)
            let display = random.next() % 2 == 0
            let start = clock.now
            var page = MathPage(macros: .none)
            page.add(tex, display: display)
            page.add("\\eqref{a}" + tex.prefix(8), display: !display)
            let rendered = page.render()
            let elapsed = clock.now - start
            slowest = max(slowest, elapsed)
            #expect(elapsed < .seconds(10), "case \(index) took \(elapsed): \(tex)")
            for formula in rendered {
                if !check(formula, tex: tex) {
                    Issue.record("case \(index): \(tex)\n\(formula.html)\n\(formula.problems)")
                    return
                }
                if !formula.problems.isEmpty { errors += 1 }
            }
        }
        print("fuzz: \(count) cases, \(errors) formulas with problems, slowest \(slowest)")
    }

    /// The invariants of every conversion.
    private func check(_ formula: RenderedFormula, tex: String) -> Bool {
        if formula.html.contains("\n") || formula.html.utf8.count > 2_000 + 50_000 * max(1, tex.utf8.count) { return false }
        if formula.html.hasPrefix("<code class=\"math-error\">") {
            return !formula.problems.isEmpty && formula.html.hasSuffix("</code>")
        }
        guard formula.html.hasPrefix("<math"), formula.html.hasSuffix("</math>"), isBalanced(formula.html) else { return false }
        return formula.problems.allSatisfy { $0.message.hasPrefix("unknown label") }
    }

    /// Whether every element opened in `html` is closed in order.
    private func isBalanced(_ html: String) -> Bool {
        var open: [Substring] = []
        var rest = html[...]
        while let start = rest.firstIndex(of: "<") {
            guard let end = rest[start...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: start)..<end]
            let name = tag.prefix { $0 != " " && $0 != ">" }
            if name.hasPrefix("/") {
                guard open.popLast() == name.dropFirst() else { return false }
            } else {
                open.append(name)
            }
            rest = rest[rest.index(after: end)...]
        }
        return open.isEmpty
    }

    private func mutate(_ seed: String, with random: inout SplitMix64) -> String {
        var scalars = Array(seed.unicodeScalars)
        for _ in 0..<(1 + Int(random.next() % 4)) {
            let position = scalars.isEmpty ? 0 : Int(random.next() % UInt64(scalars.count + 1))
            switch random.next() % 5 {
            case 0:
                if !scalars.isEmpty { scalars.remove(at: min(position, scalars.count - 1)) }
            case 1:
                if !scalars.isEmpty {
                    let from = Int(random.next() % UInt64(scalars.count))
                    let length = min(Int(random.next() % 12) + 1, scalars.count - from)
                    scalars.insert(contentsOf: scalars[from..<(from + length)], at: position)
                }
            case 2:
                let printable = Unicode.Scalar(UInt8(32 + random.next() % 95))
                scalars.insert(printable, at: position)
            default:
                let piece = Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
                let repeats = random.next() % 50 == 0 ? 1 + Int(random.next() % 3_000) : 1
                scalars.insert(contentsOf: repeatElement(piece.unicodeScalars, count: repeats).joined(), at: position)
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}

/// A small deterministic random number generator, so that a failing case can be found again.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
