/// Data for the commands the parser handles by kind: which font, accent, size or space each
/// one names.
enum MathCommandTables {
    /// What a command is, for the tables above merged into one look-up.
    enum Kind: Sendable {
        case symbol(MathSymbol)
        case function(text: String, limits: Bool)
        case space(String)
        case font(MathFont)
        case text(style: String?)
        case accent(mark: String, over: Bool, stretchy: Bool)
        case big(size: String, symbolClass: SymbolClass?)
    }

    /// Every command of the tables, by name.
    static let kinds: [String: Kind] = {
        var result: [String: Kind] = [:]
        for (name, entry) in bigDelimiters { result[name] = .big(size: entry.size, symbolClass: entry.symbolClass) }
        for (name, entry) in accents { result[name] = .accent(mark: entry.mark, over: entry.over, stretchy: entry.stretchy) }
        for (name, style) in textCommands { result[name] = .text(style: style) }
        for (name, font) in fonts { result[name] = .font(font) }
        for (name, width) in spaces { result[name] = .space(width) }
        for (name, entry) in namedFunctions { result[name] = .function(text: entry.text, limits: entry.limits) }
        for (name, symbol) in MathSymbols.commands { result[name] = .symbol(symbol) }
        return result
    }()

    /// Named functions written upright; `true` when their limits go under in display (`\lim`).
    static let namedFunctions: [String: (text: String, limits: Bool)] = [
        "lim": ("lim", true), "limsup": ("lim\u{2009}sup", true), "liminf": ("lim\u{2009}inf", true),
        "max": ("max", true), "min": ("min", true), "sup": ("sup", true), "inf": ("inf", true),
        "det": ("det", true), "gcd": ("gcd", true), "Pr": ("Pr", true),
        "injlim": ("inj\u{2009}lim", true), "projlim": ("proj\u{2009}lim", true),
        "log": ("log", false), "ln": ("ln", false), "lg": ("lg", false), "exp": ("exp", false),
        "sin": ("sin", false), "cos": ("cos", false), "tan": ("tan", false), "sec": ("sec", false),
        "csc": ("csc", false), "cot": ("cot", false), "arcsin": ("arcsin", false), "arccos": ("arccos", false),
        "arctan": ("arctan", false), "sinh": ("sinh", false), "cosh": ("cosh", false), "tanh": ("tanh", false),
        "coth": ("coth", false), "arg": ("arg", false), "deg": ("deg", false), "dim": ("dim", false),
        "ker": ("ker", false), "hom": ("hom", false), "sh": ("sh", false), "ch": ("ch", false),
        "th": ("th", false), "tg": ("tg", false), "ctg": ("ctg", false), "cotg": ("cotg", false),
        "cth": ("cth", false), "arcctg": ("arcctg", false), "arctg": ("arctg", false),
    ]

    static let fonts: [String: MathFont] = [
        "mathbb": .doubleStruck, "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur,
        "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic, "pmb": .boldItalic,
        "mathrm": .roman, "mathit": .italic, "mathsf": .sansSerif, "mathtt": .monospace,
        "mathnormal": .italic, "rm": .roman, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif, "tt": .monospace,
    ]

    /// Text commands and the CSS style of their `mtext`.
    static let textCommands: [String: String?] = [
        "text": nil, "textrm": nil, "textnormal": nil, "mbox": nil, "hbox": nil, "textup": nil,
        "textbf": "font-weight:bold", "textit": "font-style:italic", "emph": "font-style:italic",
        "textsf": "font-family:sans-serif", "texttt": "font-family:monospace",
    ]

    /// Accents: the mark, whether it goes over, and whether it stretches over the whole base.
    static let accents: [String: (mark: String, over: Bool, stretchy: Bool)] = [
        "hat": ("^", true, false), "widehat": ("^", true, true), "bar": ("\u{AF}", true, false),
        "overline": ("\u{203E}", true, true), "underline": ("\u{203E}", false, true),
        "tilde": ("~", true, false), "widetilde": ("~", true, true), "vec": ("\u{2192}", true, false),
        "dot": ("\u{2D9}", true, false), "ddot": ("\u{A8}", true, false), "dddot": ("\u{20DB}", true, false),
        "check": ("\u{2C7}", true, false), "widecheck": ("\u{2C7}", true, true), "breve": ("\u{2D8}", true, false),
        "acute": ("\u{B4}", true, false), "grave": ("`", true, false), "mathring": ("\u{2DA}", true, false),
        "overrightarrow": ("\u{2192}", true, true), "overleftarrow": ("\u{2190}", true, true),
        "overleftrightarrow": ("\u{2194}", true, true), "underrightarrow": ("\u{2192}", false, true),
        "underleftarrow": ("\u{2190}", false, true), "underleftrightarrow": ("\u{2194}", false, true),
        "overbrace": ("\u{23DE}", true, true), "underbrace": ("\u{23DF}", false, true),
        "overparen": ("\u{23DC}", true, true), "underparen": ("\u{23DD}", false, true),
    ]

    /// `\big` and kin: the size of the delimiter and its class.
    static let bigDelimiters: [String: (size: String, symbolClass: SymbolClass?)] = [
        "big": ("1.2em", nil), "Big": ("1.623em", nil), "bigg": ("2.047em", nil), "Bigg": ("2.470em", nil),
        "bigl": ("1.2em", .open), "Bigl": ("1.623em", .open), "biggl": ("2.047em", .open), "Biggl": ("2.470em", .open),
        "bigr": ("1.2em", .close), "Bigr": ("1.623em", .close), "biggr": ("2.047em", .close), "Biggr": ("2.470em", .close),
        "bigm": ("1.2em", .relation), "Bigm": ("1.623em", .relation), "biggm": ("2.047em", .relation), "Biggm": ("2.470em", .relation),
    ]

    /// Spacing commands and their widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ">": "0.2222em", ";": "0.2778em", "!": "-0.1667em",
        " ": "0.25em", "quad": "1em", "qquad": "2em", "enskip": "0.5em", "negmedspace": "-0.2222em",
        "negthickspace": "-0.2778em",
    ]

    /// Relations with a negated form of their own, for `\not`.
    static let negations: [String: String] = [
        "=": "\u{2260}", "<": "\u{226E}", ">": "\u{226F}", "\u{2208}": "\u{2209}", "\u{220B}": "\u{220C}",
        "\u{2261}": "\u{2262}", "\u{2282}": "\u{2284}", "\u{2283}": "\u{2285}", "\u{2286}": "\u{2288}",
        "\u{2287}": "\u{2289}", "\u{2264}": "\u{2270}", "\u{2265}": "\u{2271}", "\u{223C}": "\u{2241}",
        "\u{2248}": "\u{2249}", "\u{2245}": "\u{2247}", "\u{2243}": "\u{2244}", "\u{2223}": "\u{2224}",
        "\u{2225}": "\u{2226}", "\u{227A}": "\u{2280}", "\u{227B}": "\u{2281}", "\u{22A2}": "\u{22AC}",
        "\u{22A8}": "\u{22AD}", "\u{2192}": "\u{219B}", "\u{2190}": "\u{219A}", "\u{21D2}": "\u{21CF}",
        "\u{21D0}": "\u{21CD}", "\u{21D4}": "\u{21CE}", "\u{2194}": "\u{21AE}",
    ]

    /// Colour names `\color` accepts besides `#rgb` and `#rrggbb`.
    static let colors: Set<String> = [
        "black", "white", "red", "green", "blue", "cyan", "magenta", "yellow", "gray", "grey", "darkgray",
        "lightgray", "brown", "lime", "olive", "orange", "pink", "purple", "teal", "violet", "navy", "maroon",
        "aqua", "fuchsia", "silver", "gold", "indigo", "crimson", "darkblue", "darkgreen", "darkred",
    ]

    /// Text accents (`\'e`) and the combining mark they add.
    static let textAccents: [String: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "c": "\u{327}", "k": "\u{328}",
    ]

    /// Characters written as commands in text (`\%`).
    static let textSymbols: [String: String] = [
        "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "#": "#", "_": "_", " ": " ", ",": "\u{2009}",
        "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", "textbackslash": "\\", "ldots": "\u{2026}",
        "dots": "\u{2026}", "S": "\u{A7}", "P": "\u{B6}", "ss": "\u{DF}", "ae": "\u{E6}", "oe": "\u{153}",
        "o": "\u{F8}", "O": "\u{D8}", "aa": "\u{E5}", "AA": "\u{C5}", "l": "\u{142}", "L": "\u{141}",
        "i": "\u{131}", "textendash": "\u{2013}", "textemdash": "\u{2014}", "textasciitilde": "~",
    ]
}
