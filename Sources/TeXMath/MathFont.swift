/// The math alphabets of `\mathbb`, `\mathbf` and kin, mapped to the Unicode Mathematical
/// Alphanumeric Symbols (MathML Core supports only `mathvariant="normal"`).
enum MathFont: Sendable, Hashable {
    case roman, italic, bold, boldItalic, script, fraktur, doubleStruck, sansSerif, monospace

    /// The first code points of the alphabet: capital A, small a, digit zero, capital Alpha,
    /// small alpha (0 where Unicode has none).
    private var starts: (capital: UInt32, small: UInt32, digit: UInt32, greekCapital: UInt32, greekSmall: UInt32) {
        switch self {
        case .roman: (0, 0, 0, 0, 0)
        case .italic: (0, 0, 0, 0x1D6E2, 0)
        case .bold: (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2)
        case .boldItalic: (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736)
        case .script: (0x1D49C, 0x1D4B6, 0, 0, 0)
        case .fraktur: (0x1D504, 0x1D51E, 0, 0, 0)
        case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8, 0, 0)
        case .sansSerif: (0x1D5A0, 0x1D5BA, 0x1D7E2, 0, 0)
        case .monospace: (0x1D670, 0x1D68A, 0x1D7F6, 0, 0)
        }
    }

    /// Letters that Unicode had before the Mathematical Alphanumeric Symbols block.
    private static let holes: [MathFont: [Unicode.Scalar: Unicode.Scalar]] = [
        .script: ["B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}", "L": "\u{2112}",
                  "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}", "o": "\u{2134}"],
        .fraktur: ["C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}"],
        .doubleStruck: ["C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
                        "R": "\u{211D}", "Z": "\u{2124}"],
    ]

    /// The character in this alphabet, or nil when the alphabet has none for it.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let hole = Self.holes[self]?[scalar] { return hole }
        let value = scalar.value
        let starts = starts
        let mapped: UInt32
        switch value {
        case 0x41...0x5A where starts.capital != 0: mapped = starts.capital + value - 0x41
        case 0x61...0x7A where starts.small != 0: mapped = starts.small + value - 0x61
        case 0x30...0x39 where starts.digit != 0: mapped = starts.digit + value - 0x30
        case 0x391...0x3A9 where starts.greekCapital != 0 && value != 0x3A2: mapped = starts.greekCapital + value - 0x391
        case 0x3B1...0x3C9 where starts.greekSmall != 0: mapped = starts.greekSmall + value - 0x3B1
        default: return nil
        }
        return Unicode.Scalar(mapped)
    }
}
