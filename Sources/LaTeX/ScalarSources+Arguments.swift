/// Reading a user macro's arguments, and skipping what TeX-only commands take (dimensions,
/// numbers, a conditional's branch), from the sources.
extension ScalarSources {
    /// An undelimited argument as TeX reads it: spaces skipped (across sources), then a brace
    /// group's content without its braces (an unclosed group runs to the end of its source),
    /// else one token: a control sequence (`\name`, `\&`) or one scalar. Empty, with nothing
    /// taken, at a `}` or at the end.
    mutating func readMacroArgument() -> [Unicode.Scalar] {
        skipSpaces(acrossSources: true)
        guard let first = peekInSource(), first != "}" else { return [] }
        if first == "{" {
            return readRawArgument()
        }
        let top = stack.count - 1
        let start = stack[top].index
        var end = start + 1
        if first == "\\", end < stack[top].scalars.count {
            if stack[top].scalars[end].isASCIILetter {
                while end < stack[top].scalars.count, stack[top].scalars[end].isASCIILetter { end += 1 }
            } else {
                end += 1
            }
        }
        stack[top].index = end
        if end - start > 1, stack[top].scalars[start + 1].isASCIILetter {
            // As TeX reads a control word, the spaces after it are no token.
            skipSpaces(acrossSources: false)
        }
        return Array(stack[top].scalars[start..<end])
    }

    /// An optional argument `[…]` next in the current source (spaces before it skipped), its
    /// `]` outside braces and within `limit` scalars; nil, with nothing taken, when there is
    /// none. `scanned` grows by the scalars looked at.
    mutating func readOptionalArgument(within limit: Int, scanned: inout Int) -> [Unicode.Scalar]? {
        skipSpaces(acrossSources: true)
        guard peekInSource() == "[" else { return nil }
        let top = stack.count - 1
        let scalars = stack[top].scalars
        let start = stack[top].index
        var depth = 0
        var position = start + 1
        let stop = min(scalars.count, start + 1 + max(0, limit))
        while position < stop {
            switch scalars[position] {
            case "\\": position += 1
            case "{": depth += 1
            case "}":
                guard depth > 0 else {
                    scanned += position - start
                    return nil
                }
                depth -= 1
            case "]" where depth == 0:
                scanned += position - start
                stack[top].index = position + 1
                return Array(scalars[(start + 1)..<position])
            default: break
            }
            position += 1
        }
        scanned += position - start
        return nil
    }

    /// The scalar `offset` places ahead in the current source, if any.
    func peekInSource(ahead offset: Int) -> Unicode.Scalar? {
        let top = stack[stack.count - 1]
        let position = top.index + offset
        return position < top.scalars.count ? top.scalars[position] : nil
    }

    /// Takes `word` (letters) next in the current source if it is there.
    mutating func take(word: String) -> Bool {
        let letters = Array(word.unicodeScalars)
        for (offset, letter) in letters.enumerated() where peekInSource(ahead: offset)?.properties.lowercaseMapping != String(letter) {
            return false
        }
        stack[stack.count - 1].index += letters.count
        return true
    }

    /// Skips a TeX number (`\penalty-100`, `\spacefactor=1000`): an optional `=`, signs, then
    /// digits or one control sequence.
    mutating func skipNumber() {
        skipSignsAndEquals()
        if peekInSource() == "\\" {
            _ = readMacroArgument()
            return
        }
        while let scalar = peekInSource(), ("0"..."9").contains(scalar) {
            stack[stack.count - 1].index += 1
        }
        skipOneSpace()
    }

    /// Skips a TeX dimension (`\kern-.1em`, `\kern 2pt`, `\lower.5ex`, `\kern\fontdimen3`): an
    /// optional `=`, signs, then a decimal and a unit (`true` allowed), or one control sequence
    /// (`\fontdimen` with its number and font);
    /// with `glue`, also `plus …` and `minus …` (units `fil`, `fill`, `filll` allowed).
    mutating func skipDimension(glue: Bool) {
        skipDimensionValue(allowsFil: false)
        guard glue else { return }
        for keyword in ["plus", "minus"] {
            let mark = stack[stack.count - 1].index
            skipSpaces(acrossSources: false)
            if take(word: keyword) {
                skipDimensionValue(allowsFil: true)
            } else {
                stack[stack.count - 1].index = mark
            }
        }
    }

    mutating func skipDimensionValue(allowsFil: Bool) {
        skipSignsAndEquals()
        guard peekInSource() != "\\" else {
            // An internal dimension: `\thinmuskip`, or `\fontdimen3\font`.
            if String(String.UnicodeScalarView(readMacroArgument())) == "\\fontdimen" {
                skipNumber()
                _ = readMacroArgument()
            }
            return
        }
        while let scalar = peekInSource(), ("0"..."9").contains(scalar) || scalar == "." || scalar == "," {
            stack[stack.count - 1].index += 1
        }
        skipSpaces(acrossSources: false)
        if take(word: "true") {
            skipSpaces(acrossSources: false)
        }
        skipUnit(allowsFil: allowsFil)
    }

    static let units: [String] = ["pt", "pc", "in", "bp", "cm", "mm", "dd", "cc", "sp", "em", "ex", "mu", "px"]

    mutating func skipUnit(allowsFil: Bool) {
        if allowsFil, take(word: "fil") {
            while take(word: "l") {}
        } else if let unit = Self.units.first(where: { peekMatches($0) }) {
            _ = take(word: unit)
        }
        skipOneSpace()
    }

    func peekMatches(_ word: String) -> Bool {
        word.unicodeScalars.enumerated().allSatisfy { peekInSource(ahead: $0.offset)?.properties.lowercaseMapping == String($0.element) }
    }

    mutating func skipSignsAndEquals() {
        while let scalar = peekInSource(), scalar.isLaTeXSpace || scalar == "=" || scalar == "-" || scalar == "+" {
            stack[stack.count - 1].index += 1
        }
    }

    mutating func skipOneSpace() {
        if let scalar = peekInSource(), scalar.isLaTeXSpace {
            stack[stack.count - 1].index += 1
        }
    }

    /// Where skipping a conditional's branch stopped.
    enum BranchEnd { case elseWord, fiWord, end }

    /// Skips the current source up to the `\else` or `\fi` of the conditional being skipped
    /// (`\if…` words inside nest; with `toFi`, an `\else` does not stop it), taking that word
    /// and the spaces after it.
    mutating func skipBranch(toFi: Bool) -> BranchEnd {
        var depth = 0
        while let scalar = next() {
            guard scalar == "\\", let first = peekInSource() else { continue }
            stack[stack.count - 1].index += 1
            guard first.isASCIILetter else { continue }
            let name = readLetters(after: first)
            if name == "fi" {
                if depth == 0 {
                    skipSpaces(acrossSources: false)
                    return .fiWord
                }
                depth -= 1
            } else if name == "else", depth == 0, !toFi {
                skipSpaces(acrossSources: false)
                return .elseWord
            } else if name.hasPrefix("if") {
                depth += 1
            }
        }
        return .end
    }
}
