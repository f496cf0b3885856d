/// `\left … \middle … \right` and `\big` and kin.
extension MathParser {
    /// The delimiter after `\left`, `\right`, `\big`: a character or a symbol command; nil for `.`.
    mutating func parseDelimiter(after command: TeXToken) throws(TeXError) -> String? {
        let token = try nextSignificant()
        switch token.kind {
        case .character("."):
            return nil
        case .character(let scalar):
            if scalar == "<" { return "\u{27E8}" }
            if scalar == ">" { return "\u{27E9}" }
            if "()[]|/".unicodeScalars.contains(scalar) { return String(Character(scalar)) }
            if let symbol = MathSymbols.characters[scalar], [.open, .close, .relation, .operatorOrdinary].contains(symbol.symbolClass) {
                return symbol.text
            }
        case .command(let name):
            if let symbol = MathSymbols.commands[name], Self.delimiterCommands.contains(name) { return symbol.text }
        default:
            break
        }
        throw TeXError("\(command.spelled) needs a delimiter, not \(token.spelled)", at: token)
    }

    private static let delimiterCommands: Set<String> = [
        "langle", "rangle", "lbrace", "rbrace", "{", "}", "lbrack", "rbrack", "lceil", "rceil", "lfloor", "rfloor",
        "lvert", "rvert", "lVert", "rVert", "vert", "Vert", "|", "backslash", "uparrow", "downarrow", "updownarrow",
        "Uparrow", "Downarrow", "Updownarrow", "lgroup", "rgroup", "lmoustache", "rmoustache", "ulcorner", "urcorner",
        "llcorner", "lrcorner", "mid", "llbracket", "rrbracket",
    ]

    /// `\left(` … `\right)`, with any `\middle|` between; `\left` has been read.
    mutating func parseLeftRight(_ left: TeXToken) throws(TeXError) -> MathNode {
        var nodes: [MathNode] = []
        if let open = try parseDelimiter(after: left) { nodes.append(fence(open)) }
        leftDepth += 1
        defer { leftDepth -= 1 }
        let savedBracket = stopAtBracket, savedDollar = stopAtDollar
        stopAtBracket = false
        stopAtDollar = false
        defer { stopAtBracket = savedBracket; stopAtDollar = savedDollar }
        while true {
            let (inner, end) = try parseList()
            nodes.append(inner.count == 1 ? inner[0] : .row(inner))
            switch end {
            case .middle(let token):
                if let middle = try parseDelimiter(after: token) {
                    nodes.append(.op(MathOperator(text: middle, symbolClass: .relation, stretchy: true, fence: false)))
                }
            case .right(let token):
                if let close = try parseDelimiter(after: token) {
                    nodes.append(.op(MathOperator(text: close, symbolClass: .close, stretchy: true, fence: true)))
                }
                return .row(nodes)
            case .endOfFormula:
                throw TeXError("missing \\right for the \\left", at: left)
            default:
                throw misplaced(end)
            }
        }
    }

    /// `\big(`, `\Bigl[` and kin: a delimiter of a fixed size.
    mutating func parseBigDelimiter(_ big: (size: String, symbolClass: SymbolClass?), for token: TeXToken) throws(TeXError) -> MathNode {
        let text = try parseDelimiter(after: token) ?? ""
        let symbolClass = big.symbolClass ?? MathSymbols.characters[text.unicodeScalars.first ?? " "]?.symbolClass ?? .operatorOrdinary
        return .op(MathOperator(text: text, symbolClass: symbolClass, stretchy: true, fence: big.symbolClass == .open || big.symbolClass == .close, size: big.size))
    }
}
