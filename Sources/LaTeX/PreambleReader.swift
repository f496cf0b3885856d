/// Finds the definitions in a `@preamble` text, skipping everything else.
struct PreambleReader {
    struct Definition {
        var name: String
        var macro: LaTeXMacro
        var keepsEarlier: Bool
    }

    let scalars: [Unicode.Scalar]
    var index = 0

    static let defWords: Set<String> = ["def", "gdef", "edef", "xdef"]
    static let commandWords: Set<String> = ["newcommand", "renewcommand", "providecommand", "DeclareRobustCommand"]

    mutating func nextDefinition() -> Definition? {
        while index < scalars.count {
            guard scalars[index] == "\\" else {
                index += 1
                continue
            }
            index += 1
            let word = readControlName()
            if Self.defWords.contains(word), let definition = readDef() {
                return definition
            }
            if Self.commandWords.contains(word), let definition = readNewCommand(keepsEarlier: word == "providecommand") {
                return definition
            }
        }
        return nil
    }

    /// `\def\name{body}` or `\def\name#1#2{body}`; nil (the definition skipped) when the
    /// parameters are delimited (anything but `#1#2…` in order before the body).
    mutating func readDef() -> Definition? {
        skipSpaces()
        guard index < scalars.count, scalars[index] == "\\" else { return nil }
        index += 1
        let name = readControlName()
        guard !name.isEmpty else { return nil }
        skipSpaces()
        var parameters = 0
        while index + 1 < scalars.count, scalars[index] == "#",
            LaTeXMacro.parameterNumber(scalars[index + 1]) == parameters + 1 {
            parameters += 1
            index += 2
        }
        guard index < scalars.count, scalars[index] == "{", let body = readGroup() else { return nil }
        return Definition(name: name, macro: LaTeXMacro(body: body, parameterCount: parameters), keepsEarlier: false)
    }

    /// `\newcommand{\name}[n][default]{body}` or `\newcommand\name…`, with an optional `*`;
    /// nil when `[n]` is not a number from 0 to 9.
    mutating func readNewCommand(keepsEarlier: Bool) -> Definition? {
        if index < scalars.count, scalars[index] == "*" { index += 1 }
        skipSpaces()
        guard index < scalars.count else { return nil }
        let name: String
        if scalars[index] == "{" {
            guard let group = readGroup() else { return nil }
            let trimmed = group.drop { $0 == " " }
            guard trimmed.first == "\\" else { return nil }
            var nameReader = PreambleReader(scalars: Array(trimmed.dropFirst()))
            name = nameReader.readControlName()
            nameReader.skipSpaces()
            guard nameReader.index == nameReader.scalars.count else { return nil }
        } else if scalars[index] == "\\" {
            index += 1
            name = readControlName()
        } else {
            return nil
        }
        guard !name.isEmpty else { return nil }
        skipSpaces()
        var macro = LaTeXMacro(body: [])
        if let count = readBracketed() {
            let digits = String(String.UnicodeScalarView(count.filter { !$0.isLaTeXSpace }))
            guard let number = Int(digits), (0...LaTeXMacro.parameterLimit).contains(number) else { return nil }
            macro.parameterCount = number
            skipSpaces()
            if let optional = readBracketed() {
                guard number > 0 else { return nil }
                macro.optionalDefault = optional
                skipSpaces()
            }
        }
        guard index < scalars.count, scalars[index] == "{", let body = readGroup() else { return nil }
        macro.body = body
        return Definition(name: name, macro: macro, keepsEarlier: keepsEarlier)
    }

    /// A control sequence's name after its backslash: letters, or one other character.
    mutating func readControlName() -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].isASCIILetter {
            name.append(scalars[index])
            index += 1
        }
        if name.isEmpty, index < scalars.count {
            name.append(scalars[index])
            index += 1
        }
        return String(name)
    }

    /// The content of the brace group starting at `index`, which is left after it; nil when it
    /// never closes. `\{` and `\}` do not count.
    mutating func readGroup() -> [Unicode.Scalar]? {
        guard let end = Self.groupEnd(in: scalars, openingAt: index) else { return nil }
        let body = Array(scalars[(index + 1)..<end])
        index = end + 1
        return body
    }

    /// The content of `[…]` at `index` (a `]` inside braces does not close it), which is left
    /// after it; nil, with nothing taken, when no `[` is there or it never closes.
    mutating func readBracketed() -> [Unicode.Scalar]? {
        guard index < scalars.count, scalars[index] == "[",
            let end = Self.bracketEnd(in: scalars, openingAt: index) else { return nil }
        let content = Array(scalars[(index + 1)..<end])
        index = end + 1
        return content
    }

    /// The index of the `]` closing the `[` at `start` outside braces, or nil.
    static func bracketEnd(in scalars: [Unicode.Scalar], openingAt start: Int) -> Int? {
        var depth = 0
        var position = start + 1
        while position < scalars.count {
            switch scalars[position] {
            case "\\": position += 1
            case "{": depth += 1
            case "}":
                guard depth > 0 else { return nil }
                depth -= 1
            case "]" where depth == 0: return position
            default: break
            }
            position += 1
        }
        return nil
    }

    /// The index of the `}` closing the `{` at `start`, or nil.
    static func groupEnd(in scalars: [Unicode.Scalar], openingAt start: Int) -> Int? {
        var depth = 0
        var position = start
        while position < scalars.count {
            switch scalars[position] {
            case "\\": position += 1
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return position }
            default: break
            }
            position += 1
        }
        return nil
    }

    mutating func skipSpaces() {
        while index < scalars.count, scalars[index].isLaTeXSpace {
            index += 1
        }
    }
}
