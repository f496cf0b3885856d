/// How a symbol takes part in a formula: which element it becomes and how it is spaced.
enum SymbolClass: Sendable, Hashable {
    /// `mi`, italic when a single letter.
    case ordinary
    /// `mi mathvariant="normal"`: upright capital Greek letters.
    case upright
    /// `mo` between operands (`+`, `×`); prefix form when nothing stands before it.
    case binary
    case relation
    case open
    case close
    case punctuation
    /// `mo` spaced as an ordinary symbol (`…`, `/`).
    case operatorOrdinary
    /// Big operators whose limits go under and over in display (`\sum`).
    case largeWithLimits
    /// Big operators whose limits stay at the side (`\int`).
    case largeWithoutLimits
}

struct MathSymbol: Sendable, Hashable {
    var text: String
    var symbolClass: SymbolClass

    init(_ text: String, _ symbolClass: SymbolClass) {
        self.text = text
        self.symbolClass = symbolClass
    }
}
