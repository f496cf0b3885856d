/// The input of a conversion: the text, with the bodies of the user macros being expanded
/// stacked on it. Control words and math are read within one source, as TeX tokenises a
/// macro's body when it is defined.
struct ScalarSources {
    struct Source {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// Per math delimiter, the position from which a search for its closing failed: a later
        /// search from further on fails without scanning again (keeps `$$$…` linear).
        var unclosedFrom = (dollar: Int.max, doubleDollar: Int.max, parenthesis: Int.max, bracket: Int.max)

        var isExhausted: Bool { index >= scalars.count }

        func unclosedFrom(_ delimiter: MathDelimiter) -> Int {
            switch delimiter {
            case .dollar: unclosedFrom.dollar
            case .doubleDollar: unclosedFrom.doubleDollar
            case .parenthesis: unclosedFrom.parenthesis
            case .bracket: unclosedFrom.bracket
            }
        }

        mutating func setUnclosed(_ delimiter: MathDelimiter, from start: Int) {
            switch delimiter {
            case .dollar: unclosedFrom.dollar = start
            case .doubleDollar: unclosedFrom.doubleDollar = start
            case .parenthesis: unclosedFrom.parenthesis = start
            case .bracket: unclosedFrom.bracket = start
            }
        }
    }

    enum MathDelimiter {
        case dollar, doubleDollar, parenthesis, bracket

        var closing: [Unicode.Scalar] {
            switch self {
            case .dollar: ["$"]
            case .doubleDollar: ["$", "$"]
            case .parenthesis: ["\\", ")"]
            case .bracket: ["\\", "]"]
            }
        }
    }

    /// The text at the bottom, the macro bodies being expanded above it.
    var stack: [Source]

    init(text: String) {
        stack = [Source(scalars: Array(text.unicodeScalars))]
    }

    var depth: Int { stack.count }

    /// Drops the finished macro bodies on top (the text itself stays).
    mutating func dropFinished() {
        while stack.count > 1, stack[stack.count - 1].isExhausted {
            stack.removeLast()
        }
    }

    mutating func push(_ scalars: [Unicode.Scalar]) {
        dropFinished()
        stack.append(Source(scalars: scalars))
    }

    /// The next scalar, from whichever source has one left.
    mutating func next() -> Unicode.Scalar? {
        dropFinished()
        let top = stack.count - 1
        guard !stack[top].isExhausted else { return nil }
        defer { stack[top].index += 1 }
        return stack[top].scalars[stack[top].index]
    }

    mutating func peek() -> Unicode.Scalar? {
        dropFinished()
        return peekInSource()
    }

    /// The next scalar of the current source only (nil at its end).
    func peekInSource() -> Unicode.Scalar? {
        let top = stack[stack.count - 1]
        return top.isExhausted ? nil : top.scalars[top.index]
    }

    /// Takes the next scalar of the current source if it is `scalar`.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard peekInSource() == scalar else { return false }
        stack[stack.count - 1].index += 1
        return true
    }

    /// Skips spaces and line breaks; `acrossSources` for an argument, not after a control word.
    mutating func skipSpaces(acrossSources: Bool) {
        while true {
            if acrossSources { dropFinished() }
            guard let scalar = peekInSource(), scalar.isLaTeXSpace else { return }
            stack[stack.count - 1].index += 1
        }
    }

    /// The letters of a control word in the current source.
    mutating func readLetters(after first: Unicode.Scalar) -> String {
        var name = String.UnicodeScalarView()
        name.append(first)
        while let scalar = peekInSource(), scalar.isASCIILetter {
            name.append(scalar)
            stack[stack.count - 1].index += 1
        }
        return String(name)
    }

    /// The math source up to the closing `delimiter` in the current source, which is left after
    /// it; nil, with nothing taken, when it does not close. `\$` and the like do not close it.
    mutating func readMath(closedBy delimiter: MathDelimiter) -> String? {
        let top = stack.count - 1
        let start = stack[top].index
        guard start < stack[top].unclosedFrom(delimiter) else { return nil }
        let scalars = stack[top].scalars
        let closing = delimiter.closing
        var position = start
        while position < scalars.count {
            if scalars[position] == closing[0],
                closing.count == 1 || (position + 1 < scalars.count && scalars[position + 1] == closing[1]) {
                stack[top].index = position + closing.count
                return String(String.UnicodeScalarView(scalars[start..<position]))
            }
            position += scalars[position] == "\\" ? 2 : 1
        }
        stack[top].setUnclosed(delimiter, from: start)
        return nil
    }

    /// The raw content of an argument (a brace group, else one scalar) in the current source,
    /// for commands whose argument is not LaTeX text (`\url`); an unclosed group runs to the end.
    mutating func readRawArgument() -> [Unicode.Scalar] {
        skipSpaces(acrossSources: true)
        let top = stack.count - 1
        let scalars = stack[top].scalars
        let start = stack[top].index
        guard start < scalars.count else { return [] }
        guard scalars[start] == "{" else {
            stack[top].index += 1
            return [scalars[start]]
        }
        let end = PreambleReader.groupEnd(in: scalars, openingAt: start)
        stack[top].index = end.map { $0 + 1 } ?? scalars.count
        return Array(scalars[(start + 1)..<(end ?? scalars.count)])
    }
}
