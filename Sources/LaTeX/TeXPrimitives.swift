/// TeX-only commands that real preambles put in their macros, which show nothing: layout
/// commands with the dimension, glue or number they take, and `\ifmmode…\else…\fi`, of which
/// the text branch is shown (a conversion is never in math mode).
///
/// The rest of the rule set lives with the other tables: `\relax`, `\protect`, `\null`,
/// `\leavevmode`, `\nobreak` show nothing (`LaTeXSymbols.words`); `\/`, `\@` nothing, `\ ` a
/// space (`LaTeXSymbols.symbols`, `LaTeXReader`); `\hbox{…}` its argument; `\unskip` takes back
/// the space before it; `\xspace` shows a space unless punctuation, a brace or a backslash
/// follows; font switches are styles (`\it`, `\sl` emphasis, `\bf` bold, `\sc` small caps,
/// `\tt` monospace) or nothing (`\rm`, `\sf`, sizes) (`LaTeXSymbols.styleDeclarations`).
enum TeXPrimitives {
    /// Take a dimension: `\kern-.1em`, `\raise.5ex`.
    static let dimensionCommands: Set<String> = ["kern", "mkern", "raise", "lower", "moveleft", "moveright"]
    /// Take glue: `\hskip 2pt plus 1fil`.
    static let glueCommands: Set<String> = ["hskip", "vskip", "mskip"]
    /// Take a number: `\penalty0`, `\spacefactor1000`.
    static let numberCommands: Set<String> = ["penalty", "spacefactor", "hyphenpenalty", "exhyphenpenalty"]

    /// What `\xspace` adds no space before (as the xspace package's exceptions, `\` for all of
    /// its control sequences).
    static let noSpaceBeforeAfterXspace: Set<Unicode.Scalar> = [
        ",", ".", "'", "/", "?", ";", ":", "!", "~", "-", ")", "}", "{", "\\", " ", "\n", "\t", "\r",
    ]

    /// Whether `name` is one of these commands, having skipped what it takes from `sources`.
    static func layoutCommand(_ name: String, in sources: inout ScalarSources) -> Bool {
        if dimensionCommands.contains(name) {
            sources.skipDimension(glue: false)
        } else if glueCommands.contains(name) {
            sources.skipDimension(glue: true)
        } else if numberCommands.contains(name) {
            sources.skipNumber()
        } else if name == "ifmmode" {
            _ = sources.skipBranch(toFi: false)
        } else if name == "else" {
            _ = sources.skipBranch(toFi: true)
        } else if name != "fi" {
            return false
        }
        return true
    }
}
