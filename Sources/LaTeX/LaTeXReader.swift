/// One conversion: reads the text scalar by scalar, with an explicit stack of open groups (so
/// nesting depth costs memory, never the call stack), writing into `DisplayBuilder`.
struct LaTeXReader {
    /// An open group: a brace group, the argument of a command, or the whole text.
    struct Frame {
        enum Closing {
            /// The whole text: closes at its end; a `}` here is shown as text.
            case end
            /// Closed by `}`.
            case brace
            /// An argument without braces (`\"u`, `\emph x`): closes after one token.
            case oneToken
        }

        var closing: Closing
        var styles: InlineStyles
        /// The accent put on what the group shows, which is collected in `captured` meanwhile.
        var accent: LaTeXAccent?
        var captured = ""
        /// Whether the group shows nothing (`\noopsort{…}`).
        var hidden = false
        var caseProtected = false
        /// The capturing frame outside this one, restored when it closes.
        var outerCapture: Int?
    }

    var sources: ScalarSources
    let macros: LaTeXMacros
    var frames = [Frame(closing: .end, styles: [])]
    /// The innermost frame collecting text for an accent, if any.
    var capture: Int?
    var output = DisplayBuilder()
    var expansionLeft = LaTeXMacros.expansionLimit
    /// Accents open around the current position; past `accentNestingLimit` an accent's group is
    /// a plain group (each accent copies its argument, so this keeps the work linear).
    var openAccents = 0
    static let accentNestingLimit = 4

    init(text: String, macros: LaTeXMacros) {
        sources = ScalarSources(text: text)
        self.macros = macros
    }

    mutating func read() -> DisplayText {
        while let scalar = sources.next() {
            switch scalar {
            case "\\": readControlSequence()
            case "{":
                // `{\"O}` outside any group is a special character to BibTeX, not a protected one.
                open(.brace, styles: [], protects: !(frames.count == 1 && sources.peekInSource() == "\\"))
            case "}": closeBraceGroup()
            case "$":
                if sources.take("$") {
                    readMath(.doubleDollar, unclosedText: "$$")
                } else {
                    readMath(.dollar, unclosedText: "$")
                }
            case "~": show("\u{A0}")
            case "-":
                if sources.take("-") {
                    show(sources.take("-") ? "—" : "–")
                } else {
                    show("-")
                }
            case "`": show(sources.take("`") ? "“" : "‘")
            case "'": show(sources.take("'") ? "”" : "'")
            case "?": show(sources.take("`") ? "¿" : "?")
            case "!": show(sources.take("`") ? "¡" : "!")
            case " ", "\t", "\n", "\r": showSpace()
            default: show(scalar)
            }
        }
        while frames.count > 1 {
            closeFrame()
        }
        return output.finish()
    }

    // MARK: Control sequences

    mutating func readControlSequence() {
        guard let first = sources.next() else { return }
        guard first.isASCIILetter else {
            readControlSymbol(first)
            return
        }
        let name = sources.readLetters(after: first)
        sources.skipSpaces(acrossSources: false)
        readControlWord(name)
    }

    mutating func readControlWord(_ name: String) {
        if let macro = macros.definitions[name] {
            expand(name, macro)
        } else if TeXPrimitives.layoutCommand(name, in: &sources) {
            return
        } else if let text = LaTeXSymbols.words[name] {
            show(text)
        } else if let accent = LaTeXAccent.byWord[name] {
            openArgument(styles: [], accent: accent)
        } else if let styles = LaTeXSymbols.styleCommands[name] {
            openArgument(styles: styles)
        } else if let styles = LaTeXSymbols.styleDeclarations[name] {
            frames[frames.count - 1].styles.formUnion(styles)
        } else if LaTeXSymbols.verbatimCommands.contains(name) {
            let raw = sources.readRawArgument().filter { $0 != "\\" }
            show(String(String.UnicodeScalarView(raw)), extraStyles: .monospace)
        } else if LaTeXSymbols.hiddenArgumentCommands.contains(name) {
            _ = sources.readRawArgument()
            endToken()
        } else if name == "href" {
            _ = sources.readRawArgument()
            openArgument(styles: [])
        } else if name == "par" || name == "newline" || name == "linebreak" {
            showSpace()
        } else if name == "unskip" {
            removeTrailingSpace()
        } else if name == "xspace" {
            if let next = sources.peek(), !TeXPrimitives.noSpaceBeforeAfterXspace.contains(next) {
                showSpace()
            }
        } else {
            output.noteUnknown(name)
            show(name)
        }
    }

    mutating func readControlSymbol(_ symbol: Unicode.Scalar) {
        if let accent = LaTeXAccent.bySymbol[symbol] {
            openArgument(styles: [], accent: accent)
            return
        }
        if let text = LaTeXSymbols.symbols[symbol] {
            show(text)
            return
        }
        switch symbol {
        case "(": readMath(.parenthesis, unclosedText: "(")
        case "[": readMath(.bracket, unclosedText: "[")
        case " ", "\t", "\n", "\r", "\\", ";", ":", ">": showSpace()
        default:
            let name = String(symbol)
            output.noteUnknown(name)
            show(name)
        }
    }

    /// Splices a user macro's body into the input, its arguments read (`[…]` for an optional
    /// first one, else its default) and put in for `#1`…`#9`, unless that passes a bound: then
    /// the macro is shown as its name (its arguments, when read, are left out).
    mutating func expand(_ name: String, _ macro: LaTeXMacro) {
        sources.dropFinished()
        guard macro.body.count < expansionLeft, sources.depth <= LaTeXMacros.nestingLimit else {
            output.noteUnexpanded(name)
            show(name)
            return
        }
        guard macro.parameterCount > 0 else {
            expansionLeft -= macro.body.count + 1
            sources.push(macro.body)
            return
        }
        var arguments: [[Unicode.Scalar]] = []
        var scanned = 0
        if let optionalDefault = macro.optionalDefault {
            arguments.append(sources.readOptionalArgument(within: expansionLeft, scanned: &scanned) ?? optionalDefault)
        }
        while arguments.count < macro.parameterCount {
            arguments.append(sources.readMacroArgument())
        }
        // Charged: what is spliced in, and the body and `[…]` scanned (a refused call too), so
        // that `#1#1…` with empty arguments cannot make the work grow past the limit.
        let scanCost = macro.body.count + scanned
        let cost = max(macro.substitutedCount(arguments), macro.body.count) + scanned
        guard cost < expansionLeft else {
            expansionLeft = max(0, expansionLeft - scanCost)
            output.noteUnexpanded(name)
            show(name)
            return
        }
        expansionLeft -= cost + 1
        sources.push(macro.substituted(arguments))
    }

    /// `$…$`, `$$…$$`, `\(…\)`, `\[…\]`: a math run holding the source; when it does not close,
    /// the opening is shown as text.
    mutating func readMath(_ delimiter: ScalarSources.MathDelimiter, unclosedText: String) {
        guard let math = sources.readMath(closedBy: delimiter) else {
            show(unclosedText)
            return
        }
        if let capture {
            frames[capture].captured += String(String.UnicodeScalarView(math.unicodeScalars.filter { $0 != "\\" }))
        } else if !frames[frames.count - 1].hidden {
            output.appendMath(math, styles: frames[frames.count - 1].styles, protected: frames[frames.count - 1].caseProtected)
        }
        endToken()
    }

    // MARK: Groups

    /// A command's argument: the brace group that follows, else the next token.
    mutating func openArgument(styles: InlineStyles, accent: LaTeXAccent? = nil) {
        sources.skipSpaces(acrossSources: true)
        if sources.peek() == "{" {
            _ = sources.next()
            open(.brace, styles: styles, accent: accent)
        } else {
            open(.oneToken, styles: styles, accent: accent)
        }
    }

    mutating func open(_ closing: Frame.Closing, styles: InlineStyles, accent: LaTeXAccent? = nil, protects: Bool = true) {
        let outer = frames[frames.count - 1]
        let kept = openAccents < Self.accentNestingLimit ? accent : nil
        var frame = Frame(closing: closing, styles: outer.styles.union(styles), accent: kept, hidden: outer.hidden)
        frame.outerCapture = capture
        frame.caseProtected = protects
        if kept != nil {
            capture = frames.count
            openAccents += 1
        }
        frames.append(frame)
    }

    mutating func closeBraceGroup() {
        while frames[frames.count - 1].closing == .oneToken {
            closeFrame()
        }
        if frames[frames.count - 1].closing == .brace {
            closeFrame()
            endToken()
        } else {
            show("}")
        }
    }

    /// Closes the innermost group, showing its accented text in the group around it.
    mutating func closeFrame() {
        let frame = frames.removeLast()
        capture = frame.outerCapture
        if let accent = frame.accent {
            openAccents -= 1
            appendText(accent.apply(to: frame.captured))
        }
    }

    /// One token was shown: arguments waiting for one close.
    mutating func endToken() {
        while frames[frames.count - 1].closing == .oneToken {
            closeFrame()
        }
    }

    // MARK: Showing text

    mutating func show(_ text: String, extraStyles: InlineStyles = []) {
        appendText(text, extraStyles: extraStyles)
        endToken()
    }

    mutating func show(_ scalar: Unicode.Scalar) {
        if let capture {
            frames[capture].captured.unicodeScalars.append(scalar)
        } else if !frames[frames.count - 1].hidden {
            output.append(scalar, styles: frames[frames.count - 1].styles, protected: frames[frames.count - 1].caseProtected)
        }
        endToken()
    }

    mutating func appendText(_ text: String, extraStyles: InlineStyles = []) {
        if let capture {
            frames[capture].captured += text
        } else if !frames[frames.count - 1].hidden {
            output.append(text, styles: frames[frames.count - 1].styles.union(extraStyles), protected: frames[frames.count - 1].caseProtected)
        }
    }

    /// `\unskip`: the space just shown, if any, is taken back.
    mutating func removeTrailingSpace() {
        if let capture {
            if frames[capture].captured.unicodeScalars.last == " " {
                frames[capture].captured.unicodeScalars.removeLast()
            }
        } else if !frames[frames.count - 1].hidden {
            output.removeTrailingSpace()
        }
    }

    /// A space, or a line break, or several: one space, and none at the start or end.
    mutating func showSpace() {
        if let capture {
            if frames[capture].captured.unicodeScalars.last != " " {
                frames[capture].captured += " "
            }
        } else if !frames[frames.count - 1].hidden {
            output.appendSpace(styles: frames[frames.count - 1].styles, protected: frames[frames.count - 1].caseProtected)
        }
    }
}
