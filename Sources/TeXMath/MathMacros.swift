/// User macros: `\newcommand{\R}{\mathbb{R}}`, `\renewcommand`, `\def\x#1{...}`, with arguments.
public struct MathMacros: Sendable, Hashable {
    /// No user macros.
    public static let none = MathMacros()

    /// The built-in macros (`\argmax`) and the user's, by name.
    var definitions: [String: MacroDefinition] = BuiltinMacros.definitions

    /// Parses definitions (the text of site.yml `math_macros:`, one or many definitions).
    /// Anything else than definitions in the text is a problem.
    public static func parse(_ definitions: String) -> (macros: MathMacros, problems: [MathProblem]) {
        var stream = TokenStream(source: definitions, macros: MathMacros())
        var problems: [MathProblem] = []
        while true {
            do {
                let token = try stream.next()
                switch token.kind {
                case .end:
                    return (stream.macros, problems)
                case .space:
                    continue
                default:
                    problems.append(MathProblem(
                        message: "only macro definitions are allowed here, not \(token.spelled)",
                        offset: Int(token.offset), length: Int(token.length)))
                }
            } catch {
                problems.append(error.problem)
                return (stream.macros, problems)
            }
        }
    }
}

/// One macro: how many parameters, the default of an optional first one, and its body.
struct MacroDefinition: Sendable, Hashable {
    var parameterCount: Int
    var optionalDefault: [TeXToken]?
    var body: [TeXToken]
}
