/// User macros, with or without arguments, as a bibliography's `@preamble` defines them,
/// expanded by `LaTeXConverter` within a bound.
public struct LaTeXMacros: Hashable, Sendable {
    /// The most scalars of macro bodies (arguments substituted) one conversion splices in; past
    /// it a macro is shown as its name and its arguments are left out (so `\def\a{\a\a}` ends).
    public static let expansionLimit = 10_000
    /// The most macro bodies open at once (a body that ends in a call does not count).
    public static let nestingLimit = 32

    private(set) var definitions: [String: LaTeXMacro] = [:]

    public init() {}

    /// The names defined, without backslashes, sorted.
    public var names: [String] {
        definitions.keys.sorted()
    }

    /// Defines `\name` (a name without the backslash) to stand for `body`, a LaTeX text.
    public mutating func define(_ name: String, as body: String) {
        definitions[name] = LaTeXMacro(body: Array(body.unicodeScalars))
    }

    /// Defines `\name` to take `parameters` arguments (at most 9, more are cut) that `#1`…`#9`
    /// in `body` stand for; with `optionalDefault` the first one is optional, read from `[…]`.
    public mutating func define(_ name: String, parameters: Int, optionalDefault: String? = nil, as body: String) {
        let count = min(max(parameters, 0), LaTeXMacro.parameterLimit)
        let optional = count > 0 ? optionalDefault.map { Array($0.unicodeScalars) } : nil
        definitions[name] = LaTeXMacro(body: Array(body.unicodeScalars), parameterCount: count, optionalDefault: optional)
    }

    /// Reads the definitions in `text` (a `@preamble` value): `\def\foo{bar}`, `\gdef`,
    /// `\edef`, `\xdef`, with undelimited parameters (`\def\foo#1#2{…#1…}`);
    /// `\newcommand{\foo}{bar}`, `\newcommand\foo{bar}`, `\newcommand*`, with arguments
    /// (`[2]`) and an optional first one (`[2][default]`); `\renewcommand`,
    /// `\DeclareRobustCommand` and `\providecommand` (which keeps an earlier definition).
    /// Skipped: delimited parameters (`\def\foo#1.{…}`), more than 9, unbalanced braces.
    /// Returns the names defined, in order.
    @discardableResult
    public mutating func addDefinitions(fromPreamble text: String) -> [String] {
        var reader = PreambleReader(scalars: Array(text.unicodeScalars))
        var defined: [String] = []
        while let definition = reader.nextDefinition() {
            if definition.keepsEarlier, definitions[definition.name] != nil { continue }
            definitions[definition.name] = definition.macro
            defined.append(definition.name)
        }
        return defined
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
