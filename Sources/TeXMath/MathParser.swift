/// Reads a formula's tokens into a `MathNode` tree: lists of atoms with their scripts, groups,
/// and the terminators (`}`, `&`, `\\`, `\end`, `\right`) that close them.
struct MathParser {
    /// Why a list of atoms ended.
    enum Terminator {
        case endOfFormula(TeXToken)
        case endGroup(TeXToken)
        case alignment(TeXToken)
        case newRow(TeXToken)
        case end(TeXToken)
        case right(TeXToken)
        case middle(TeXToken)
        case bracket(TeXToken)
        case dollar(TeXToken)
    }

    /// Where an atom's scripts go.
    enum LimitPlacement { case side, underInDisplay, under }

    /// An atom before its scripts are attached.
    struct Atom {
        var node: MathNode
        var limits: LimitPlacement = .side
        /// Named functions are followed by an invisible function application.
        var appliesFunction = false
        var isLargeOperator = false
    }

    /// How deep lists and atoms may nest (each `{…}` group counts twice), to bound recursion.
    static let maximumDepth = 200
    /// The depth of an atom in the formula's own list (not inside a group or argument).
    static let topAtomDepth = 2

    var stream: TokenStream
    let display: Bool
    var numbering: PageNumbering
    var depth = 0
    var displayStyle: Bool
    var font: MathFont?
    var leftDepth = 0
    var environmentDepth = 0
    var tableDepth = 0
    var stopAtBracket = false
    var stopAtDollar = false
    var rowMarks: RowMarks?
    /// `\hline` seen since the last row ended.
    var pendingLine = false

    init(source: String, display: Bool, macros: MathMacros, numbering: PageNumbering) {
        stream = TokenStream(source: source, macros: macros)
        self.display = display
        self.numbering = numbering
        displayStyle = display
    }

    /// The whole formula. Rows separated by `\\` at the top stack like `gathered`.
    mutating func parseFormula() throws(TeXError) -> MathNode {
        var rows: [MathTableRow] = []
        rowMarks = display ? RowMarks() : nil
        while true {
            let (nodes, end) = try parseList()
            var row = MathTableRow(cells: [.row(nodes)])
            if display { row.number = try finishRow(numbered: false) }
            rows.append(row)
            switch end {
            case .endOfFormula:
                if rows.count == 1, rows[0].number == nil { return .row(nodes) }
                if rows.count > 1, rows.last?.cells == [.row([])], rows.last?.number == nil { rows.removeLast() }
                let numbered = rows.contains { $0.number != nil }
                return .table(MathTable(rows: rows, columnAlignments: ["center"], displayStyle: display, numbered: numbered))
            case .newRow:
                rowMarks = display ? RowMarks() : nil
            default:
                throw misplaced(end)
            }
        }
    }

    /// Atoms up to the next terminator, which is consumed and returned.
    mutating func parseList() throws(TeXError) -> (nodes: [MathNode], end: Terminator) {
        depth += 1
        defer { depth -= 1 }
        var nodes: [MathNode] = []
        // Whether the last node is a named function's invisible application.
        var afterFunction = false
        while true {
            let token = try stream.next()
            if depth > Self.maximumDepth { throw TeXError("formula nested too deeply", at: token) }
            switch token.kind {
            case .space: continue
            case .end: return (nodes, .endOfFormula(token))
            case .endGroup: return (nodes, .endGroup(token))
            case .alignment: return (nodes, .alignment(token))
            case .command("\\"), .command("cr"), .command("newline"): return (nodes, .newRow(token))
            case .command("end"): return (nodes, .end(token))
            case .command("right"): return (nodes, .right(token))
            case .command("middle"): return (nodes, .middle(token))
            case .character("]") where stopAtBracket: return (nodes, .bracket(token))
            case .character("$") where stopAtDollar: return (nodes, .dollar(token))
            case .superscript, .subscript, .character("'"):
                stream.pushBack(token)
                nodes.append(try attachScripts(to: Atom(node: .empty)))
            case .command(let name) where Self.styleSwitch(name) != nil:
                let (rest, end) = try parseStyleSwitch(token, name: name)
                nodes.append(rest)
                return (nodes, end)
            case .command("color"):
                let (rest, end) = try parseColorSwitch(token)
                nodes.append(rest)
                return (nodes, end)
            default:
                guard let atom = try parseAtom(token) else { continue }
                let node = try attachScripts(to: atom)
                if afterFunction, Self.isSpacedAfterOperator(atom) { nodes.append(.space("0.1667em")) }
                nodes.append(node)
                if atom.appliesFunction { nodes.append(.op(MathOperator(text: "\u{2061}", symbolClass: .operatorOrdinary))) }
                afterFunction = atom.appliesFunction
                continue
            }
            afterFunction = false
        }
    }

    /// Whether TeX puts a thin space between an operator (`\sin`, `\arg`) and `atom`: it does before
    /// another operator (`\arg\max`) and before an ordinary atom (`\sin x`), not before an opening
    /// delimiter, a closing one, punctuation or a relation. The function application between them
    /// has no space in MathML, so without it `\sin x` reads "sinx".
    static func isSpacedAfterOperator(_ atom: Atom) -> Bool {
        if atom.isLargeOperator { return true }
        guard case .op(let op) = atom.node else { return true }
        switch op.symbolClass {
        case .open, .close, .punctuation, .relation: return false
        default: return true
        }
    }

    /// The error for a terminator where it does not belong.
    func misplaced(_ end: Terminator) -> TeXError {
        switch end {
        case .endGroup(let token): TeXError("unmatched }", at: token)
        case .alignment(let token):
            TeXError(tableDepth == 0 ? "& outside an alignment" : "& inside a group of an alignment", at: token)
        case .newRow(let token): TeXError("\(token.spelled) where no new row can start", at: token)
        case .end(let token): TeXError(environmentDepth == 0 ? "\\end without \\begin" : "\\end inside a group", at: token)
        case .right(let token): TeXError(leftDepth == 0 ? "\\right without \\left" : "\\right inside a group", at: token)
        case .middle(let token): TeXError(leftDepth == 0 ? "\\middle without \\left" : "\\middle inside a group", at: token)
        case .bracket(let token): TeXError("unexpected ]", at: token)
        case .dollar(let token): TeXError("unexpected $", at: token)
        case .endOfFormula(let token): TeXError("unexpected end of formula", at: token)
        }
    }

    /// The contents of a `{…}` group whose `{` has been read.
    mutating func parseGroup(openedBy open: TeXToken) throws(TeXError) -> MathNode {
        let savedBracket = stopAtBracket, savedDollar = stopAtDollar
        stopAtBracket = false
        stopAtDollar = false
        defer { stopAtBracket = savedBracket; stopAtDollar = savedDollar }
        let (nodes, end) = try parseList()
        switch end {
        case .endGroup: return .row(nodes)
        case .endOfFormula: throw TeXError("missing } for the {", at: open)
        default: throw misplaced(end)
        }
    }

    /// The next token that is not a space, consumed.
    mutating func nextSignificant() throws(TeXError) -> TeXToken {
        var token = try stream.next()
        while token.kind == .space { token = try stream.next() }
        return token
    }

    /// The next token that is not a space, left to be read.
    mutating func peekSignificant() throws(TeXError) -> TeXToken {
        let token = try nextSignificant()
        stream.pushBack(token)
        return token
    }

    /// A mandatory argument of `command`: a group, or a single token (one digit of a number).
    mutating func parseArgument(for command: TeXToken) throws(TeXError) -> MathNode {
        let token = try nextSignificant()
        switch token.kind {
        case .beginGroup:
            return try parseGroup(openedBy: token)
        case .character(let scalar) where scalar.properties.numericType != nil && scalar.isASCII:
            return .number(String(Character(scalar)))
        case .end, .endGroup, .alignment, .superscript, .subscript,
             .command("\\"), .command("end"), .command("right"), .command("middle"):
            throw TeXError("missing argument for \(command.spelled)", at: command)
        default:
            guard let atom = try parseAtom(token) else {
                throw TeXError("missing argument for \(command.spelled)", at: command)
            }
            return atom.node
        }
    }

    /// An argument parsed in a given style, restored afterwards.
    mutating func parseArgument(for command: TeXToken, displayStyle: Bool) throws(TeXError) -> MathNode {
        let saved = self.displayStyle
        self.displayStyle = displayStyle
        defer { self.displayStyle = saved }
        return try parseArgument(for: command)
    }

    /// `[…]` when it comes next, else nil.
    mutating func parseOptionalArgument() throws(TeXError) -> MathNode? {
        let token = try peekSignificant()
        guard token.kind == .character("[") else { return nil }
        _ = try nextSignificant()
        let savedBracket = stopAtBracket
        stopAtBracket = true
        defer { stopAtBracket = savedBracket }
        let (nodes, end) = try parseList()
        switch end {
        case .bracket: return .row(nodes)
        case .endOfFormula: throw TeXError("missing ] for the [", at: token)
        default: throw misplaced(end)
        }
    }

    /// `^`, `_`, primes, `\limits` and `\nolimits` after an atom.
    mutating func attachScripts(to atom: Atom) throws(TeXError) -> MathNode {
        var sub: MathNode?
        var sup: MathNode?
        var primes: [MathNode] = []
        var limits = atom.limits
        while true {
            let token = try peekSignificant()
            switch token.kind {
            case .superscript:
                _ = try nextSignificant()
                guard sup == nil else { throw TeXError("double superscript", at: token) }
                let argument = try parseArgument(for: token, displayStyle: false)
                sup = primes.isEmpty ? argument : .row(primes + [argument])
            case .subscript:
                _ = try nextSignificant()
                guard sub == nil else { throw TeXError("double subscript", at: token) }
                sub = try parseArgument(for: token, displayStyle: false)
            case .character("'"):
                _ = try nextSignificant()
                guard sup == nil else { throw TeXError("double superscript", at: token) }
                primes.append(.op(MathOperator(text: "\u{2032}", symbolClass: .ordinary, tight: true)))
            case .command("limits"), .command("nolimits"), .command("displaylimits"):
                _ = try nextSignificant()
                guard atom.isLargeOperator else {
                    throw TeXError("\(token.spelled) is allowed only after an operator", at: token)
                }
                limits = switch token.kind {
                case .command("limits"): .under
                case .command("nolimits"): .side
                default: .underInDisplay
                }
            default:
                if sup == nil, !primes.isEmpty { sup = primes.count == 1 ? primes[0] : .row(primes) }
                if sub == nil && sup == nil { return atom.node }
                let under = limits == .under || (limits == .underInDisplay && displayStyle)
                if under { return .limits(base: atom.node, under: sub, over: sup, accent: false) }
                return .scripts(base: atom.node, sub: sub, sup: sup)
            }
        }
    }
}
