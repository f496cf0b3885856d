/// User macros without arguments, as a bibliography's `@preamble` defines them, expanded by
/// `LaTeXConverter` within a bound.
public struct LaTeXMacros: Hashable, Sendable {
    /// The most scalars of macro bodies one conversion splices in; past it a macro is shown as
    /// its name (so `\def\a{\a\a}` ends).
    public static let expansionLimit = 10_000
    /// The most macro bodies open at once (a body that ends in a call does not count).
    public static let nestingLimit = 32

    private(set) var bodies: [String: [Unicode.Scalar]] = [:]

    public init() {}

    /// The names defined, without backslashes, sorted.
    public var names: [String] {
        bodies.keys.sorted()
    }

    /// Defines `\name` (a name without the backslash) to stand for `body`, a LaTeX text.
    public mutating func define(_ name: String, as body: String) {
        bodies[name] = Array(body.unicodeScalars)
    }

    /// Reads the argument-less definitions in `text` (a `@preamble` value): `\def\foo{bar}`,
    /// `\gdef`, `\newcommand{\foo}{bar}`, `\newcommand\foo{bar}`, `\renewcommand`,
    /// `\providecommand` (which keeps an earlier definition) and `\DeclareRobustCommand`.
    /// Definitions with parameters (`#1`, `[1]`) or unbalanced braces are skipped.
    /// Returns the names defined, in order.
    @discardableResult
    public mutating func addDefinitions(fromPreamble text: String) -> [String] {
        var reader = PreambleReader(scalars: Array(text.unicodeScalars))
        var defined: [String] = []
        while let definition = reader.nextDefinition() {
            if definition.keepsEarlier, bodies[definition.name] != nil { continue }
            bodies[definition.name] = definition.body
            defined.append(definition.name)
        }
        return defined
    }
}

/// Finds the definitions in a `@preamble` text, skipping everything else.
struct PreambleReader {
    struct Definition {
        var name: String
        var body: [Unicode.Scalar]
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

    /// `\def\name{body}`; nil (the definition skipped) when parameters come before the body.
    mutating func readDef() -> Definition? {
        skipSpaces()
        guard index < scalars.count, scalars[index] == "\\" else { return nil }
        index += 1
        let name = readControlName()
        guard !name.isEmpty else { return nil }
        skipSpaces()
        guard index < scalars.count, scalars[index] == "{", let body = readGroup() else { return nil }
        return Definition(name: name, body: body, keepsEarlier: false)
    }

    /// `\newcommand{\name}{body}` or `\newcommand\name{body}`, with an optional `*`; nil when
    /// `[n]` gives it arguments.
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
        guard index < scalars.count, scalars[index] == "{", let body = readGroup() else { return nil }
        return Definition(name: name, body: body, keepsEarlier: keepsEarlier)
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

extension Unicode.Scalar {
    var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }

    var isLaTeXSpace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r"
    }
}
