/// Single atoms: characters, symbols, and the commands that make one node.
extension MathParser {
    /// The atom that `token` starts, or nil when the token leaves nothing (`\hline`, `\label`).
    mutating func parseAtom(_ token: TeXToken) throws(TeXError) -> Atom? {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw TeXError("formula nested too deeply", at: token) }
        switch token.kind {
        case .character(let scalar): return try characterAtom(scalar, token: token)
        case .beginGroup: return Atom(node: try parseGroup(openedBy: token))
        case .tie: return Atom(node: .space("0.25em"))
        case .command(let name): return try commandAtom(name, token: token)
        case .parameter: throw TeXError("\(token.spelled) outside a macro definition", at: token)
        default: throw misplaced(.endOfFormula(token))
        }
    }

    private mutating func characterAtom(_ scalar: Unicode.Scalar, token: TeXToken) throws(TeXError) -> Atom {
        if scalar.isASCIIDigit { return Atom(node: try number(startingWith: scalar)) }
        if font == nil, scalar.isASCIILetter { return Atom(node: .identifier(String(Character(scalar)), upright: false)) }
        if let font, let mapped = font.map(scalar) {
            return Atom(node: scalar.properties.numericType != nil ? .number(String(Character(mapped))) : .identifier(String(Character(mapped)), upright: false))
        }
        // No ASCII character but letters is alphabetic (digits are taken above, as numbers).
        if scalar.isASCIILetter || (!scalar.isASCII && scalar.properties.isAlphabetic) {
            return Atom(node: .identifier(String(Character(scalar)), upright: font == .roman && scalar.isLatinOrGreek))
        }
        if let symbol = MathSymbols.character(scalar) { return symbolAtom(symbol) }
        if !scalar.isASCII, scalar.properties.numericType != nil { return Atom(node: .number(String(Character(scalar)))) }
        if scalar == "\\" || scalar == "#" || scalar == "$" || scalar == "%" {
            throw TeXError("unexpected \(String(Character(scalar)))", at: token)
        }
        return Atom(node: .op(MathOperator(text: String(Character(scalar)), symbolClass: .operatorOrdinary)))
    }

    /// Digits with at most one decimal point followed by a digit, as one `mn`.
    private mutating func number(startingWith first: Unicode.Scalar) throws(TeXError) -> MathNode {
        var text = String(Character(first))
        var seenPoint = false
        while true {
            let token = try stream.next()
            if case .character(let scalar) = token.kind, scalar.isASCIIDigit {
                text.unicodeScalars.append(scalar)
                continue
            }
            if token.kind == .character("."), !seenPoint {
                let after = try stream.next()
                if case .character(let digit) = after.kind, digit.isASCIIDigit {
                    seenPoint = true
                    text.append(".")
                    text.unicodeScalars.append(digit)
                    continue
                }
                stream.pushBack(after)
            }
            stream.pushBack(token)
            break
        }
        if let font {
            var mapped = ""
            for scalar in text.unicodeScalars { mapped.unicodeScalars.append(font.map(scalar) ?? scalar) }
            return .number(mapped)
        }
        return .number(text)
    }

    func symbolAtom(_ symbol: MathSymbol) -> Atom {
        switch symbol.symbolClass {
        case .ordinary:
            if let font, let scalar = symbol.text.unicodeScalars.first, symbol.text.unicodeScalars.count == 1 {
                if font == .roman { return Atom(node: .identifier(symbol.text, upright: scalar.isLatinOrGreek)) }
                if let mapped = font.map(scalar) { return Atom(node: .identifier(String(Character(mapped)), upright: false)) }
            }
            return Atom(node: .identifier(symbol.text, upright: false))
        case .upright:
            let uprightFont: MathFont? = switch font {
            case .bold, .boldItalic: .bold
            case .italic: .italic
            default: nil
            }
            if let uprightFont, let scalar = symbol.text.unicodeScalars.first, let mapped = uprightFont.map(scalar) {
                return Atom(node: .identifier(String(Character(mapped)), upright: false))
            }
            return Atom(node: .identifier(symbol.text, upright: true))
        case .largeWithLimits:
            return Atom(node: .op(MathOperator(text: symbol.text, symbolClass: symbol.symbolClass)), limits: .underInDisplay, isLargeOperator: true)
        case .largeWithoutLimits:
            return Atom(node: .op(MathOperator(text: symbol.text, symbolClass: symbol.symbolClass)), limits: .side, isLargeOperator: true)
        default:
            return Atom(node: .op(MathOperator(text: symbol.text, symbolClass: symbol.symbolClass)))
        }
    }

    private mutating func commandAtom(_ name: String, token: TeXToken) throws(TeXError) -> Atom? {
        switch MathCommandTables.kinds[name] {
        case .symbol(let symbol):
            return symbolAtom(symbol)
        case .function(let text, let limits):
            return Atom(node: .identifier(text, upright: false), limits: limits ? .underInDisplay : .side,
                        appliesFunction: true, isLargeOperator: true)
        case .space(let width): return Atom(node: .space(width))
        case .font(let font): return Atom(node: try parseFontArgument(font, for: token))
        case .text(let style): return Atom(node: try parseText(for: token, style: style))
        case .accent(let mark, let over, let stretchy): return try parseAccent((mark, over, stretchy), for: token)
        case .big(let size, let symbolClass): return Atom(node: try parseBigDelimiter((size, symbolClass), for: token))
        case nil: return try constructAtom(name, token: token)
        }
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }

    /// Latin and Greek letters, which MathML Core slants when alone in an `mi`.
    var isLatinOrGreek: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || (value >= 0x391 && value <= 0x3C9)
            || value == 0x3D1 || value == 0x3D5 || value == 0x3D6 || value == 0x3F0 || value == 0x3F1 || value == 0x3F5
            || value == 0x131 || value == 0x237
    }
}
