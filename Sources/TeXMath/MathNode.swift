/// A formula as a typed tree, one case per MathML construct. Only the cases that hold a node are
/// boxed (`indirect`); leaves are stored in place, so that a formula is not an allocation per symbol.
enum MathNode: Sendable, Hashable {
    case row([MathNode])
    /// `mi`; `upright` asks for `mathvariant="normal"` on a single letter.
    case identifier(String, upright: Bool)
    case number(String)
    case op(MathOperator)
    /// `mtext`, with an optional CSS style (`font-weight:bold`).
    case text(String, style: String?)
    /// `mspace` of a CSS width (`0.1667em`).
    case space(String)
    indirect case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    indirect case limits(base: MathNode, under: MathNode?, over: MathNode?, accent: Bool)
    indirect case fraction(MathNode, MathNode, thickness: String?)
    indirect case root(MathNode, index: MathNode?)
    case table(MathTable)
    /// An element (`mstyle`, `mrow`, `mpadded`) with attributes already escaped, around a node.
    indirect case wrapped(element: String, attributes: String, MathNode)
    indirect case phantom(MathNode)
    /// `\eqref`/`\ref`, resolved when the page is rendered.
    case reference(label: String, parenthesized: Bool, offset: Int, length: Int)

    static let empty = MathNode.row([])
}

/// An `mo` and the attributes it needs.
struct MathOperator: Sendable, Hashable {
    var text: String
    var symbolClass: SymbolClass
    var stretchy: Bool? = nil
    var fence = false
    /// `minsize`/`maxsize` of `\big` and kin.
    var size: String? = nil
    var movableLimits: Bool? = nil
    /// Primes: no space around.
    var tight = false
}

/// An `mtable`: rows of cells, column alignment, and equation numbers.
struct MathTable: Sendable, Hashable {
    var rows: [MathTableRow]
    /// Alignments of the columns in turn, repeated when there are more columns.
    var columnAlignments: [String]
    var displayStyle: Bool
    /// Whether the rows carry a number column.
    var numbered = false
    /// Right/left column pairs set tight against each other (`align`).
    var pairs = false
}

struct MathTableRow: Sendable, Hashable {
    var cells: [MathNode]
    /// The number and the id to link to, for numbered rows.
    var number: EquationNumber? = nil
    /// Alignment of this row's cells, for `multline`.
    var alignment: String? = nil
    var lineAbove = false
    var lineBelow = false
}

struct EquationNumber: Sendable, Hashable {
    /// What the number cell shows: `(3)`, or a `\tag` with its math.
    var content: MathNode
    var id: String
}
