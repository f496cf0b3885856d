/// Text inside formulas: `\text{…}` (with `$…$` math inside), and the plain words of labels,
/// tags and colours.
extension MathParser {
    /// `\text{…}` and kin as `mtext`, with any `$…$` inside as math.
    mutating func parseText(for command: TeXToken, style: String?) throws(TeXError) -> MathNode {
        let open = try nextSignificant()
        guard open.kind == .beginGroup else {
            if case .character(let scalar) = open.kind { return .text(String(Character(scalar)), style: style) }
            throw TeXError("missing argument for \(command.spelled)", at: command)
        }
        var parts: [MathNode] = []
        var text = ""
        var depth = 0
        var afterControlWord = false
        while true {
            let token = try stream.next()
            defer { if case .command = token.kind {} else { afterControlWord = false } }
            switch token.kind {
            case .character("$"):
                if !text.isEmpty { parts.append(.text(text, style: style)); text = "" }
                parts.append(try parseInlineMath(openedBy: token))
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .space: if !afterControlWord { text.append(" ") }
            case .tie: text.append("\u{A0}")
            case .beginGroup: depth += 1
            case .endGroup:
                if depth == 0 {
                    if !text.isEmpty || parts.isEmpty { parts.append(.text(text, style: style)) }
                    return parts.count == 1 ? parts[0] : .row(parts)
                }
                depth -= 1
            case .command(let name):
                afterControlWord = name.unicodeScalars.first?.properties.isAlphabetic ?? false
                if let symbol = MathCommandTables.textSymbols[name] {
                    text += symbol
                } else if let mark = MathCommandTables.textAccents[name] {
                    let base = try nextSignificant()
                    switch base.kind {
                    case .character(let scalar): text.unicodeScalars.append(scalar)
                    case .beginGroup:
                        let inner = try nextSignificant()
                        if case .character(let scalar) = inner.kind { text.unicodeScalars.append(scalar) }
                        guard try nextSignificant().kind == .endGroup else {
                            throw TeXError("\(token.spelled) takes one letter", at: token)
                        }
                    default: throw TeXError("\(token.spelled) takes one letter", at: token)
                    }
                    text.unicodeScalars.append(mark)
                } else if MathCommandTables.textCommands[name] != nil {
                    continue
                } else {
                    throw TeXError("unknown command \(token.spelled) in text", at: token)
                }
            case .end:
                throw TeXError("missing } for the {", at: open)
            case .alignment: text.append("&")
            case .superscript: text.append("^")
            case .subscript: text.append("_")
            case .parameter: throw TeXError("\(token.spelled) outside a macro definition", at: token)
            }
        }
    }

    /// `$…$` inside text; the `$` has been read.
    private mutating func parseInlineMath(openedBy open: TeXToken) throws(TeXError) -> MathNode {
        let savedDollar = stopAtDollar, savedBracket = stopAtBracket, savedStyle = displayStyle
        stopAtDollar = true
        stopAtBracket = false
        displayStyle = false
        defer { stopAtDollar = savedDollar; stopAtBracket = savedBracket; displayStyle = savedStyle }
        let (nodes, end) = try parseList()
        switch end {
        case .dollar: return .row(nodes)
        case .endOfFormula: throw TeXError("missing $ for the $", at: open)
        default: throw misplaced(end)
        }
    }

    /// The characters of a `{…}` argument (a label, a tag, a colour), unexpanded.
    mutating func parseRawText(for command: TeXToken) throws(TeXError) -> String {
        let open = try nextSignificant()
        guard open.kind == .beginGroup else { throw TeXError("missing argument for \(command.spelled)", at: command) }
        var text = ""
        var depth = 0
        while true {
            let token = stream.nextRaw()
            switch token.kind {
            case .beginGroup: depth += 1
            case .endGroup:
                if depth == 0 { return text }
                depth -= 1
            case .end: throw TeXError("missing } for the {", at: open)
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .space: text.append(" ")
            case .command(let name): text += name.count == 1 ? name : "\\" + name
            default: text += token.spelled
            }
            if text.utf8.count > 200 { throw TeXError("argument of \(command.spelled) too long", at: command) }
        }
    }
}
