/// What LaTeX's argument-less text macros show, and which commands style their argument.
enum LaTeXSymbols {
    /// Control words that stand for text: letters, punctuation, symbols and logos.
    static let words: [String: String] = [
        // Letters.
        "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
        "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "i": "ı", "j": "ȷ",
        "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "dj": "đ", "DJ": "Đ", "ng": "ŋ", "NG": "Ŋ",
        // Punctuation.
        "textendash": "–", "endash": "–", "textemdash": "—", "emdash": "—", "slash": "/",
        "ldots": "…", "dots": "…", "textellipsis": "…",
        "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
        "lq": "‘", "rq": "’", "textquotesingle": "'", "textquotedbl": "\"",
        "guillemotleft": "«", "guillemotright": "»", "guillemetleft": "«", "guillemetright": "»",
        "guilsinglleft": "‹", "guilsinglright": "›", "quotedblbase": "„", "quotesinglbase": "‚",
        "textexclamdown": "¡", "textquestiondown": "¿", "textbullet": "•", "textperiodcentered": "·",
        "textbar": "|", "textless": "<", "textgreater": ">", "textasciitilde": "~", "textasciicircum": "^",
        "textunderscore": "_", "textbraceleft": "{", "textbraceright": "}",
        // A backslash never reaches the page: the reverse solidus operator stands in for it.
        "textbackslash": "⧵",
        // Symbols.
        "S": "§", "textsection": "§", "P": "¶", "textparagraph": "¶", "copyright": "©", "textcopyright": "©",
        "textregistered": "®", "texttrademark": "™", "textdegree": "°", "pounds": "£", "textsterling": "£",
        "euro": "€", "texteuro": "€", "textyen": "¥", "textcent": "¢", "dag": "†", "textdagger": "†",
        "ddag": "‡", "textdaggerdbl": "‡", "textpm": "±", "texttimes": "×", "textdiv": "÷", "textmu": "µ",
        "textordfeminine": "ª", "textordmasculine": "º", "textonehalf": "½", "textonequarter": "¼",
        "textthreequarters": "¾", "textnumero": "№", "textminus": "−",
        // Spaces.
        "quad": " ", "qquad": " ", "space": " ", "enspace": " ", "thinspace": "\u{202F}", "nobreakspace": "\u{A0}",
        // Logos.
        "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2ε", "BibTeX": "BibTeX", "AMS": "AMS",
        "AmS": "AMS", "METAFONT": "METAFONT", "MF": "METAFONT", "METAPOST": "METAPOST", "MP": "METAPOST",
        "XeTeX": "XeTeX", "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX",
        "pdfTeX": "pdfTeX", "pdfLaTeX": "pdfLaTeX", "ConTeXt": "ConTeXt", "eTeX": "ε-TeX",
        "AmSTeX": "AMS-TeX", "AMSTeX": "AMS-TeX", "SliTeX": "SliTeX", "BibLaTeX": "BibLaTeX",
        // Shown as nothing.
        "relax": "", "protect": "", "nobreak": "", "noindent": "", "ignorespaces": "",
        "hfill": "", "hfil": "", "null": "", "leavevmode": "", "allowbreak": "", "break": "",
    ]

    /// Commands that show their one argument with a style (the empty set: shown plain).
    static let styleCommands: [String: InlineStyles] = [
        "emph": .emphasis, "textit": .emphasis, "textsl": .emphasis,
        "textbf": .bold, "textsc": .smallCaps, "texttt": .monospace,
        "textsuperscript": .superscript, "textsubscript": .subscript,
        "textrm": [], "textsf": [], "textup": [], "textmd": [], "textnormal": [], "text": [],
        "mbox": [], "hbox": [], "makebox": [], "llap": [], "rlap": [], "smash": [], "textsuperscriptnormal": [], "NoCaseChange": [], "nocase": [],
    ]

    /// Declarations that style the rest of their group: `{\em …}`, `{\bf …}`.
    static let styleDeclarations: [String: InlineStyles] = [
        "em": .emphasis, "it": .emphasis, "itshape": .emphasis, "sl": .emphasis, "slshape": .emphasis,
        "bf": .bold, "bfseries": .bold, "sc": .smallCaps, "scshape": .smallCaps, "smc": .smallCaps, "SMC": .smallCaps,
        "tt": .monospace, "ttfamily": .monospace,
        "rm": [], "rmfamily": [], "sf": [], "sffamily": [], "upshape": [], "mdseries": [], "normalfont": [],
        "tiny": [], "scriptsize": [], "footnotesize": [], "small": [], "normalsize": [], "large": [],
        "Large": [], "LARGE": [], "huge": [], "Huge": [],
    ]

    /// Commands whose argument is a web address or identifier, shown as written in monospace.
    static let verbatimCommands: Set<String> = ["url", "path", "doi", "nolinkurl"]

    /// Commands whose argument is never shown (BibTeX's sorting tricks).
    static let hiddenArgumentCommands: Set<String> = ["noopsort", "SortNoop", "sortnoop", "NOOP", "noop", "hyphenation"]

    /// Control symbols that stand for text: `\&`, `\%`, …
    static let symbols: [Unicode.Scalar: String] = [
        "&": "&", "%": "%", "$": "$", "_": "_", "#": "#", "{": "{", "}": "}",
        ",": "\u{202F}", "-": "", "/": "", "@": "", "!": "", ")": ")", "]": "]",
    ]
}
