/// The typographic styles of a run of display text, from LaTeX's font commands
/// (`\emph`, `\textbf`, `{\it …}`, …).
public struct InlineStyles: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let emphasis = InlineStyles(rawValue: 1 << 0)
    public static let bold = InlineStyles(rawValue: 1 << 1)
    public static let smallCaps = InlineStyles(rawValue: 1 << 2)
    public static let monospace = InlineStyles(rawValue: 1 << 3)
    public static let superscript = InlineStyles(rawValue: 1 << 4)
    public static let `subscript` = InlineStyles(rawValue: 1 << 5)

    /// Each style alone, in the order their HTML elements nest (outermost first).
    static let nestingOrder: [InlineStyles] = [.bold, .emphasis, .smallCaps, .monospace, .superscript, .subscript]

    /// The styles of this set, outermost first.
    var nested: [InlineStyles] {
        Self.nestingOrder.filter { contains($0) }
    }

    /// This single style's entry in a row of `DisplayText`'s persistence table.
    func persistence(in row: [Int]) -> Int {
        Self.nestingOrder.firstIndex(of: self).map { row[$0] } ?? 0
    }

    var htmlOpeningTag: String {
        switch self {
        case .bold: "<strong>"
        case .emphasis: "<em>"
        case .smallCaps: "<span class=\"small-caps\">"
        case .monospace: "<code>"
        case .superscript: "<sup>"
        default: "<sub>"
        }
    }

    var htmlClosingTag: String {
        switch self {
        case .bold: "</strong>"
        case .emphasis: "</em>"
        case .smallCaps: "</span>"
        case .monospace: "</code>"
        case .superscript: "</sup>"
        default: "</sub>"
        }
    }
}
