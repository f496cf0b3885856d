import LaTeX

/// Random mutants of real-looking BibTeX values and the properties every conversion keeps, for
/// `LaTeXFuzzTests` and for `scripts/latex-fuzz` (which runs them in release, without Testing).
enum LaTeXMutants {
    /// Definitions with and without parameters, some calling themselves, so that mutants meet
    /// the expansion bounds.
    static let preamble = #"""
        \def\a{\a} \def\b{\b\b} \def\c{x\c y} \newcommand{\venue}{\emph{Proc.~\c}}
        \def\rep#1{#1\rep{#1}} \def\dbl#1{\dbl{#1#1}} \newcommand{\opt}[2][\opt]{\opt[#1#2]{#2}}
        \newcommand*{\acro}[1]{{\small #1}\ifmmode x\else\kern-.1em\fi\xspace} \def\swap#1#2{#2#1\unskip}
        \providecommand{\n}[3][d]{#3#2#1\hskip 1pt plus 1fil\penalty0} \def\deep#1{\acro{\deep{#1}}}
        """#

    /// A converter with `preamble`'s macros.
    static let converter: LaTeXConverter = {
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: preamble)
        return LaTeXConverter(macros: macros)
    }()

    /// `converter` three times in four, else one whose macros come from a mutant of `preamble`.
    static func converter(_ generator: inout SplitMix64) -> LaTeXConverter {
        guard generator.below(4) == 0 else { return converter }
        var macros = LaTeXMacros()
        macros.addDefinitions(fromPreamble: mutate(preamble, &generator))
        return LaTeXConverter(macros: macros)
    }

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
        #"\rep{x} \dbl{ab} \opt[y]{z} \opt w \acro{TUG} \swap ab \n[1]{2}{3} \n xy \deep{q} \acro\acro{x}"#,
    ]

    static let fragments = [
        "\\", "{", "}", "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\\"", "\\'", "\\c", "\\t", "\\emph", "\\em",
        "\\i", "\\ss", "\\url", "\\href", "\\noopsort", "\\a", "\\b", "\\c", "\\venue", "~", "--", "``", "''",
        " ", "\n", "é", "\u{301}", "<", ">", "&", "\"", "%", "#", "^", "_", "x", "\\\\", "\\ ",
        "\\rep", "\\dbl", "\\opt", "\\acro", "\\swap", "\\n", "\\deep", "[", "]", "#", "#1", "##", "\\ifmmode",
        "\\else", "\\fi", "\\kern", "-.1em", "\\hskip", " plus ", "fil", "\\penalty", "\\unskip", "\\xspace",
        "\\def", "\\newcommand", "[2]", "[1][", "\\fontdimen",
    ]

    /// A random mutant of one of the seed values: fragments inserted, spans deleted or repeated.
    static func mutant(_ generator: inout SplitMix64) -> String {
        mutate(generator.pick(seeds), &generator)
    }

    /// `value` with fragments inserted, spans deleted or repeated.
    static func mutate(_ value: String, _ generator: inout SplitMix64) -> String {
        var scalars = Array(value.unicodeScalars)
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
