/// Commands that are defined in TeX terms of other commands.
enum BuiltinMacros {
    static let definitions: [String: MacroDefinition] = {
        var result: [String: MacroDefinition] = [:]
        for (name, parameterCount, body) in sources {
            result[name] = MacroDefinition(parameterCount: parameterCount, optionalDefault: nil, body: Array(TeXTokenizer.tokens(of: body).dropLast()))
        }
        return result
    }()

    private static let sources: [(String, Int, String)] = [
        ("argmax", 0, "\\operatorname*{arg\\,max}"),
        ("argmin", 0, "\\operatorname*{arg\\,min}"),
        ("Bbb", 0, "\\mathbb"),
        ("bold", 0, "\\mathbf"),
        ("dbinom", 2, "{\\displaystyle\\binom{#1}{#2}}"),
        ("tbinom", 2, "{\\textstyle\\binom{#1}{#2}}"),
        ("pmod", 1, "\\quad(\\operatorname{mod}\\,#1)"),
        ("bmod", 0, "\\mathbin{\\operatorname{mod}}"),
        ("mod", 1, "\\quad\\operatorname{mod}\\,#1"),
        ("thinspace", 0, "\\,"),
        ("medspace", 0, "\\:"),
        ("thickspace", 0, "\\;"),
        ("negthinspace", 0, "\\!"),
        ("enspace", 0, "\\hspace{0.5em}"),
        ("lbrace", 0, "\\{"),
        ("rbrace", 0, "\\}"),
        ("varliminf", 0, "\\operatorname*{\\underline{lim}}"),
        ("varlimsup", 0, "\\operatorname*{\\overline{lim}}"),
    ]
}
