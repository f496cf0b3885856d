/// The tokens of a formula with user macros expanded, read one at a time by the parser.
/// Definitions (`\newcommand`, `\renewcommand`, `\providecommand`, `\def`) are taken in as
/// they come and leave nothing behind. Expansion is bounded in count and size.
struct TokenStream {
    private(set) var macros: MathMacros
    private let tokens: [TeXToken]
    private var position = 0
    /// Tokens from expansions, the next one last.
    private var pending: [TeXToken] = []
    /// Tokens already expanded and put back (peeked), the next one last; read before `pending`.
    private var expanded: [TeXToken] = []
    private var expansions = 0
    private var expandedTokens = 0
    private let expansionLimit: Int
    private let expandedTokenLimit: Int

    init(source: String, macros: MathMacros) {
        self.macros = macros
        tokens = TeXTokenizer.tokens(of: source)
        expansionLimit = 1_000 + 10 * tokens.count
        expandedTokenLimit = 20_000 + 50 * tokens.count
    }

    /// The next token after expansion, not consumed.
    mutating func peek() throws(TeXError) -> TeXToken {
        let token = try next()
        expanded.append(token)
        return token
    }

    /// The next token after expansion.
    mutating func next() throws(TeXError) -> TeXToken {
        if let token = expanded.popLast() { return token }
        while true {
            let token = nextRaw()
            guard case .command(let name) = token.kind else { return token }
            if let definition = macros.definitions[name] {
                try expand(definition, named: token)
            } else {
                switch name {
                case "newcommand", "renewcommand", "providecommand": try defineCommand(token, name: name)
                case "def": try defineWithDef(token)
                default: return token
                }
            }
        }
    }

    /// The next token as written, macros not expanded.
    mutating func nextRaw() -> TeXToken {
        if let token = expanded.popLast() { return token }
        if let token = pending.popLast() { return token }
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Puts a token that `next()` gave back to be read next.
    mutating func pushBack(_ token: TeXToken) {
        expanded.append(token)
    }

    private mutating func nextRawSkippingSpace() -> TeXToken {
        var token = nextRaw()
        while token.kind == .space { token = nextRaw() }
        return token
    }

    /// A macro argument: a group's contents or one token, unexpanded.
    private mutating func rawArgument(for macro: TeXToken) throws(TeXError) -> [TeXToken] {
        let first = nextRawSkippingSpace()
        switch first.kind {
        case .beginGroup:
            return try rawGroupBody(openedBy: first)
        case .end, .endGroup:
            throw TeXError("missing argument for \(macro.spelled)", at: macro)
        default:
            return [first]
        }
    }

    /// The tokens up to the `}` matching the `{` already read.
    private mutating func rawGroupBody(openedBy open: TeXToken) throws(TeXError) -> [TeXToken] {
        var body: [TeXToken] = []
        var depth = 0
        while true {
            let token = nextRaw()
            switch token.kind {
            case .beginGroup: depth += 1
            case .endGroup:
                if depth == 0 { return body }
                depth -= 1
            case .end:
                throw TeXError("missing } for the {", at: open)
            default: break
            }
            body.append(token)
        }
    }

    /// `[…]` when it comes next (after spaces), else nil.
    private mutating func rawOptionalArgument() throws(TeXError) -> [TeXToken]? {
        var skipped: [TeXToken] = []
        var first = nextRaw()
        while first.kind == .space { skipped.append(first); first = nextRaw() }
        guard first.kind == .character("[") else {
            pending.append(first)
            return nil
        }
        var body: [TeXToken] = []
        var depth = 0
        while true {
            let token = nextRaw()
            switch token.kind {
            case .beginGroup: depth += 1
            case .endGroup: depth -= 1
            case .character("]") where depth == 0: return body
            case .end: throw TeXError("missing ] for the [", at: first)
            default: break
            }
            body.append(token)
        }
    }

    private mutating func expand(_ definition: MacroDefinition, named macro: TeXToken) throws(TeXError) {
        expansions += 1
        if expansions > expansionLimit {
            throw TeXError("macro expansion does not end (\(macro.spelled) expanded too often)", at: macro)
        }
        var arguments: [[TeXToken]] = []
        var firstMandatory = 0
        if let optionalDefault = definition.optionalDefault {
            arguments.append(try rawOptionalArgument() ?? optionalDefault)
            firstMandatory = 1
        }
        if definition.parameterCount > firstMandatory {
            for _ in firstMandatory..<definition.parameterCount {
                arguments.append(try rawArgument(for: macro))
            }
        }
        var expansion: [TeXToken] = []
        expansion.reserveCapacity(definition.body.count)
        for token in definition.body {
            if case .parameter(let number) = token.kind {
                guard number <= arguments.count else {
                    throw TeXError("\(macro.spelled) has no parameter #\(number)", at: macro)
                }
                for argumentToken in arguments[number - 1] { expansion.append(argumentToken) }
            } else {
                expansion.append(token.moved(to: macro))
            }
        }
        expandedTokens += expansion.count
        if expandedTokens > expandedTokenLimit || pending.count + expansion.count > expandedTokenLimit {
            throw TeXError("macro expansion too large (\(macro.spelled))", at: macro)
        }
        pending.append(contentsOf: expansion.reversed())
    }

    /// `\newcommand{\name}[count][default]{body}` and its kin.
    private mutating func defineCommand(_ command: TeXToken, name: String) throws(TeXError) {
        var nameToken = nextRawSkippingSpace()
        if nameToken.kind == .character("*") { nameToken = nextRawSkippingSpace() }
        var macroName: String
        switch nameToken.kind {
        case .beginGroup:
            let inner = try rawGroupBody(openedBy: nameToken)
            let significant = inner.filter { $0.kind != .space }
            guard significant.count == 1, case .command(let defined) = significant[0].kind else {
                throw TeXError("\(command.spelled) needs a command name like {\\name}", at: command)
            }
            macroName = defined
        case .command(let defined):
            macroName = defined
        default:
            throw TeXError("\(command.spelled) needs a command name like {\\name}", at: command)
        }
        var count = 0
        if let countTokens = try rawOptionalArgument() {
            let digits = countTokens.filter { $0.kind != .space }
            guard digits.count == 1, case .character(let digit) = digits[0].kind,
                  let value = Int(String(Character(digit))), (0...9).contains(value) else {
                throw TeXError("the number of parameters of \\\(macroName) must be a digit 0 to 9", at: command)
            }
            count = value
        }
        let optionalDefault = count > 0 ? try rawOptionalArgument() : nil
        let open = nextRawSkippingSpace()
        guard open.kind == .beginGroup else {
            throw TeXError("missing body {…} of \\\(macroName)", at: command)
        }
        let body = try rawGroupBody(openedBy: open)
        try checkParameters(body, count: count, name: macroName, at: command)
        let exists = macros.definitions[macroName] != nil || MathParser.isKnownCommand(macroName)
        if name == "providecommand", exists { return }
        if name == "newcommand", exists {
            throw TeXError("\\\(macroName) is already defined (use \\renewcommand)", at: command)
        }
        if name == "renewcommand", !exists {
            throw TeXError("\\\(macroName) is not defined (use \\newcommand)", at: command)
        }
        macros.definitions[macroName] = MacroDefinition(parameterCount: count, optionalDefault: optionalDefault, body: body)
    }

    /// `\def\name#1#2{body}`.
    private mutating func defineWithDef(_ command: TeXToken) throws(TeXError) {
        let nameToken = nextRawSkippingSpace()
        guard case .command(let macroName) = nameToken.kind else {
            throw TeXError("\\def needs a command name", at: command)
        }
        var count = 0
        while true {
            let token = nextRaw()
            switch token.kind {
            case .parameter(let number):
                guard number == count + 1 else {
                    throw TeXError("parameters of \\\(macroName) must be numbered #1, #2, … in order", at: token)
                }
                count = number
            case .space:
                continue
            case .beginGroup:
                let body = try rawGroupBody(openedBy: token)
                try checkParameters(body, count: count, name: macroName, at: command)
                macros.definitions[macroName] = MacroDefinition(parameterCount: count, optionalDefault: nil, body: body)
                return
            default:
                throw TeXError("missing body {…} of \\\(macroName)", at: command)
            }
        }
    }

    private func checkParameters(_ body: [TeXToken], count: Int, name: String, at command: TeXToken) throws(TeXError) {
        for token in body {
            if case .parameter(let number) = token.kind, number > count {
                throw TeXError("\\\(name) has \(count) parameters, its body uses #\(number)", at: token)
            }
        }
    }
}
