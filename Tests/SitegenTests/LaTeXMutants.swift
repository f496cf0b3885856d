import LaTeX

/// Random mutants of real-looking BibTeX values and the properties every conversion keeps, for
/// `LaTeXFuzzTests` and for `scripts/latex-fuzz` (which runs them in release, without Testing).
enum LaTeXMutants {
    /// A converter with self-calling macros, so that mutants meet the expansion bounds.
    static let converter: LaTeXConverter = {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: #"\def\a{\a} \def\b{\b\b} \def\c{x\c y} \newcommand{\venue}{\emph{Proc.~\c}}"#)
        return LaTeXConverter(macros: macros)
    }()

    static let ownTags = ["<strong>", "</strong>", "<em>", "</em>", "<span class=\"small-caps\">", "<span class=\"math\">",
                          "</span>", "<code>", "</code>", "<sup>", "</sup>", "<sub>", "</sub>"].map { Array($0.unicodeScalars) }

    /// The properties every conversion keeps, as a failure message, or nil.
    static func violation(of text: DisplayText) -> String? {
        for run in text.runs where run.kind == .text && run.content.unicodeScalars.contains("\\") {
            return "a backslash outside math: \(run.content.debugDescription)"
        }
        let html = Array(text.html.unicodeScalars)
        var position = 0
        while position < html.count {
            if html[position] == "<" {
                guard let tag = ownTags.first(where: { html[position...].starts(with: $0) }) else {
                    return "markup not its own in the HTML: \(text.html.debugDescription)"
                }
                position += tag.count
                continue
            }
            if html[position] == ">" || html[position] == "\"" {
                return "unescaped \(html[position]) in the HTML: \(text.html.debugDescription)"
            }
            position += 1
        }
        return nil
    }

    static let seeds = [
        #"{\"u}ber \"{u}ber \'{\i}t \c{c} \v{s} \u{g} \H{o} \k{a} \r{a} \=a \.z \~{n} \^{o} \`{a} \t{oo}"#,
        ##"Stra\ss e {\ss}e \o \O \aa \AA \l \L \ae \AE \oe \OE \i \j -- --- ``q'' ~ \& \% \$ \_ \#"##,
        #"\emph{Deep} {\em x} \textbf{\textsc{y}} \texttt{z} x\textsuperscript{2} \textsubscript{i}"#,
        #"The $\alpha$-{VAE} \(x\) $$y$$ \[z\] {{Deep}} {ReLU} \TeX\ \LaTeX{} \BibTeX \url{http://a_b}"#,
        #"\venue, \a \b \c \unknown{arg} \noopsort{1} \href{u}{t} <b>&"'</b> é 東京 \\ \par"#,
    ]

    static let fragments = [
        "\\", "{", "}", "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\\"", "\\'", "\\c", "\\t", "\\emph", "\\em",
        "\\i", "\\ss", "\\url", "\\href", "\\noopsort", "\\a", "\\b", "\\c", "\\venue", "~", "--", "``", "''",
        " ", "\n", "é", "\u{301}", "<", ">", "&", "\"", "%", "#", "^", "_", "x", "\\\\", "\\ ",
    ]

    /// A random mutant of one of the seed values: fragments inserted, spans deleted or repeated.
    static func mutant(_ generator: inout SplitMix64) -> String {
        var scalars = Array(generator.pick(seeds).unicodeScalars)
        for _ in 0..<(1 + generator.below(8)) {
            let position = generator.below(scalars.count + 1)
            switch generator.below(4) {
            case 0, 1:
                scalars.insert(contentsOf: generator.pick(fragments).unicodeScalars, at: position)
            case 2:
                let end = min(scalars.count, position + generator.below(12))
                scalars.removeSubrange(position..<end)
            default:
                let end = min(scalars.count, position + generator.below(12))
                let span = scalars[position..<end]
                scalars.insert(contentsOf: Array(repeating: span, count: 1 + generator.below(6)).joined(), at: position)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
