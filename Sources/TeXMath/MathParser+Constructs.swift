/// Commands with arguments: fractions, roots, accents, fonts, delimiters, stacking, colour.
extension MathParser {
    /// Commands the parser handles beyond the tables (for `\newcommand`'s "already defined").
    static let constructCommands: Set<String> = [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "sqrt", "operatorname", "operatorname*", "mathop", "mathrel",
        "mathbin", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner", "left", "overset", "underset",
        "stackrel", "boxed", "phantom", "hphantom", "vphantom", "not", "hspace", "hspace*", "kern", "mkern",
        "mspace", "hskip", "tag", "tag*", "label", "nonumber", "notag", "eqref", "ref", "begin", "hline",
        "hdashline", "textcolor", "substack", "xrightarrow", "xleftarrow", "limits", "nolimits", "displaylimits",
        "right", "middle", "end", "color", "newcommand", "renewcommand", "providecommand", "def",
    ]

    /// The style a switch (`\displaystyle`) sets, by a switch over the name rather than a table:
    /// the parser asks for every command it reads.
    static func styleSwitch(_ name: String) -> (displayStyle: Bool, scriptLevel: Int?)? {
        switch name {
        case "displaystyle": (true, 0)
        case "textstyle": (false, 0)
        case "scriptstyle": (false, 1)
        case "scriptscriptstyle": (false, 2)
        default: nil
        }
    }

    static func isKnownCommand(_ name: String) -> Bool {
        MathCommandTables.kinds[name] != nil || constructCommands.contains(name) || styleSwitch(name) != nil
    }

    mutating func constructAtom(_ name: String, token: TeXToken) throws(TeXError) -> Atom? {
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let inner = name == "frac" ? false : (name == "tfrac" ? false : true)
            let numerator = try parseArgument(for: token, displayStyle: false)
            let denominator = try parseArgument(for: token, displayStyle: false)
            let fraction = MathNode.fraction(numerator, denominator, thickness: nil)
            if name == "frac" || inner == displayStyle { return Atom(node: fraction) }
            return Atom(node: .wrapped(element: "mstyle", attributes: " displaystyle=\"\(inner)\"", fraction))
        case "binom":
            let top = try parseArgument(for: token, displayStyle: false)
            let bottom = try parseArgument(for: token, displayStyle: false)
            return Atom(node: .row([fence("("), .fraction(top, bottom, thickness: "0"), fence(")")]))
        case "sqrt":
            let index = try parseOptionalArgument()
            return Atom(node: .root(try parseArgument(for: token), index: index))
        case "operatorname", "mathop":
            return try parseOperatorName(token, name: name)
        case "mathrel", "mathbin", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
            return Atom(node: try parseArgument(for: token))
        case "left":
            return Atom(node: try parseLeftRight(token))
        case "overset", "stackrel", "underset":
            let script = try parseArgument(for: token, displayStyle: false)
            let base = try parseArgument(for: token)
            if name == "underset" { return Atom(node: .limits(base: base, under: script, over: nil, accent: false)) }
            return Atom(node: .limits(base: base, under: nil, over: script, accent: false))
        case "boxed":
            let content = try parseArgument(for: token)
            return Atom(node: .wrapped(element: "mrow", attributes: " style=\"border:0.06em solid;padding:0.2em\"", content))
        case "phantom", "hphantom", "vphantom":
            return Atom(node: .phantom(try parseArgument(for: token)))
        case "not":
            return try parseNegation(token)
        case "hspace", "hspace*", "kern", "mkern", "mspace", "hskip":
            return Atom(node: .space(try parseDimension(for: token, braced: name.hasPrefix("hspace") || name == "mspace")))
        case "textcolor":
            let color = try parseColorName(for: token)
            return Atom(node: .wrapped(element: "mrow", attributes: " style=\"color:\(color)\"", try parseArgument(for: token)))
        case "substack":
            return Atom(node: try parseSubstack(token))
        case "xrightarrow", "xleftarrow":
            let below = try parseOptionalArgument()
            let above = try parseArgument(for: token, displayStyle: false)
            let arrow = MathNode.op(MathOperator(text: name == "xrightarrow" ? "\u{2192}" : "\u{2190}", symbolClass: .relation, stretchy: true))
            return Atom(node: .limits(base: arrow, under: below, over: above, accent: false))
        case "begin":
            return Atom(node: try parseEnvironment(token))
        case "tag", "tag*", "label", "nonumber", "notag":
            try parseRowMark(name, token: token)
            return nil
        case "eqref", "ref":
            let label = try parseRawText(for: token)
            return Atom(node: .reference(label: label, parenthesized: name == "eqref", offset: Int(token.offset), length: Int(token.length)))
        case "hline", "hdashline":
            guard tableDepth > 0 else { throw TeXError("\(token.spelled) outside an array", at: token) }
            pendingLine = true
            return nil
        default:
            throw TeXError("unknown command \(token.spelled)", at: token)
        }
    }

    func fence(_ text: String, size: String? = nil) -> MathNode {
        .op(MathOperator(text: text, symbolClass: .open, stretchy: true, fence: true, size: size))
    }

    /// `\displaystyle` and kin: the rest of the list in that style.
    mutating func parseStyleSwitch(_ token: TeXToken, name: String) throws(TeXError) -> (MathNode, Terminator) {
        guard let style = Self.styleSwitch(name) else { throw TeXError("unknown command \(token.spelled)", at: token) }
        let saved = displayStyle
        displayStyle = style.displayStyle
        defer { displayStyle = saved }
        let (nodes, end) = try parseList()
        var attributes = " displaystyle=\"\(style.displayStyle)\""
        if let level = style.scriptLevel { attributes += " scriptlevel=\"\(level)\"" }
        return (.wrapped(element: "mstyle", attributes: attributes, .row(nodes)), end)
    }

    /// `\color{name}`: the rest of the list in that colour.
    mutating func parseColorSwitch(_ token: TeXToken) throws(TeXError) -> (MathNode, Terminator) {
        let color = try parseColorName(for: token)
        let (nodes, end) = try parseList()
        return (.wrapped(element: "mrow", attributes: " style=\"color:\(color)\"", .row(nodes)), end)
    }

    private mutating func parseColorName(for token: TeXToken) throws(TeXError) -> String {
        let name = try parseRawText(for: token).filter { $0 != " " }
        if MathCommandTables.colors.contains(name.lowercased()) { return name.lowercased() }
        let hex = name.hasPrefix("#") ? name.dropFirst() : Substring(name)
        if (hex.count == 3 || hex.count == 6), hex.allSatisfy(\.isHexDigit) { return "#" + hex }
        throw TeXError("unknown color \(name)", at: token)
    }

    private mutating func parseOperatorName(_ token: TeXToken, name: String) throws(TeXError) -> Atom {
        var limits = LimitPlacement.side
        if name == "operatorname", try peekSignificant().kind == .character("*") {
            _ = try nextSignificant()
            limits = .underInDisplay
        }
        if name == "mathop" { limits = .underInDisplay }
        let savedFont = font
        font = .roman
        defer { font = savedFont }
        let content = try parseArgument(for: token)
        var word = ""
        var mergeable = true
        func collect(_ node: MathNode) {
            switch node {
            case .identifier(let text, _), .number(let text): word += text
            case .op(let op) where op.symbolClass != .largeWithLimits && op.symbolClass != .largeWithoutLimits: word += op.text
            case .space: word += "\u{2009}"
            case .row(let children): children.forEach(collect)
            default: mergeable = false
            }
        }
        collect(content)
        let node: MathNode = mergeable && !word.isEmpty ? .identifier(word, upright: word.unicodeScalars.count == 1) : content
        return Atom(node: node, limits: limits, appliesFunction: name == "operatorname", isLargeOperator: true)
    }

    mutating func parseAccent(_ accent: (mark: String, over: Bool, stretchy: Bool), for token: TeXToken) throws(TeXError) -> Atom {
        let base = try parseArgument(for: token)
        let mark = MathNode.op(MathOperator(text: accent.mark, symbolClass: .ordinary, stretchy: accent.stretchy))
        let braces = accent.mark == "\u{23DE}" || accent.mark == "\u{23DF}"
        let node: MathNode = accent.over
            ? .limits(base: base, under: nil, over: mark, accent: !braces)
            : .limits(base: base, under: mark, over: nil, accent: !braces)
        return Atom(node: node, limits: braces ? .under : .side)
    }

    mutating func parseFontArgument(_ font: MathFont, for token: TeXToken) throws(TeXError) -> MathNode {
        let saved = self.font
        self.font = font
        defer { self.font = saved }
        return try parseArgument(for: token)
    }

    private mutating func parseNegation(_ token: TeXToken) throws(TeXError) -> Atom {
        let next = try nextSignificant()
        guard let atom = try parseAtom(next), case .op(var op) = atom.node else {
            throw TeXError("\\not needs a relation after it", at: token)
        }
        op.text = MathCommandTables.negations[op.text] ?? op.text + "\u{338}"
        return Atom(node: .op(op))
    }

    /// `\hspace{1em}`, `\kern1em`, `\mkern3mu`: a length as a CSS width.
    private mutating func parseDimension(for token: TeXToken, braced: Bool) throws(TeXError) -> String {
        var text = ""
        if braced {
            text = try parseRawText(for: token)
        } else {
            var next = try nextSignificant()
            while case .character(let scalar) = next.kind, scalar.isASCII, scalar != "\\", text.count < 20,
                  scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "." || scalar == "-" {
                text.unicodeScalars.append(scalar)
                if text.count >= 2, ["em", "ex", "pt", "mu", "px", "cm", "mm", "in", "pc"].contains(String(text.suffix(2))) { break }
                next = try stream.next()
                if case .character = next.kind { continue }
                stream.pushBack(next)
                break
            }
        }
        let trimmed = text.filter { $0 != " " }
        let units: [String: Double] = ["em": 1, "ex": 0.43, "pt": 0.1, "mu": 1.0 / 18, "px": 0.0625, "cm": 2.845, "mm": 0.2845, "in": 7.227, "pc": 1.2]
        guard trimmed.count > 2, let factor = units[String(trimmed.suffix(2))], let value = Double(trimmed.dropLast(2)),
              abs(value) < 1000 else {
            throw TeXError("\(token.spelled) needs a length like 1em, not \"\(text)\"", at: token)
        }
        let scaled = value * factor * 10_000
        let tenThousandths = Int(scaled + (scaled < 0 ? -0.5 : 0.5))
        if tenThousandths % 10_000 == 0 { return "\(tenThousandths / 10_000)em" }
        return "\(Double(tenThousandths) / 10_000)em"
    }

    private mutating func parseSubstack(_ token: TeXToken) throws(TeXError) -> MathNode {
        let open = try nextSignificant()
        guard open.kind == .beginGroup else { throw TeXError("missing argument for \(token.spelled)", at: token) }
        var rows: [MathTableRow] = []
        tableDepth += 1
        defer { tableDepth -= 1 }
        while true {
            let (nodes, end) = try parseList()
            rows.append(MathTableRow(cells: [.row(nodes)]))
            switch end {
            case .newRow: continue
            case .endGroup: return .table(MathTable(rows: rows, columnAlignments: ["center"], displayStyle: false))
            case .endOfFormula: throw TeXError("missing } for the {", at: open)
            default: throw misplaced(end)
            }
        }
    }
}
