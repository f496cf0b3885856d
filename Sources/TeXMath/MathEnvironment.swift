/// What a `\begin{…}` environment makes: its columns, fences, numbering and style.
struct MathEnvironment: Sendable {
    enum Argument: Sendable { case none, columnSpecification, count }
    enum Numbering: Sendable { case none, everyRow, lastRow }

    var columnAlignments: [String]
    var open: String? = nil
    var close: String? = nil
    var numbering: Numbering = .none
    /// Only as a whole display formula (`align`, `equation`).
    var topLevel = false
    var allowsColumns = true
    var allowsRows = true
    var displayStyle = false
    var small = false
    var argument: Argument = .none
    /// Right/left column pairs set tight against each other (`align`).
    var pairs = false
    var multline = false

    private static let matrix = MathEnvironment(columnAlignments: ["center"])
    private static let alignment = MathEnvironment(columnAlignments: ["right", "left"], displayStyle: true, pairs: true)
    private static let gathering = MathEnvironment(columnAlignments: ["center"], allowsColumns: false, displayStyle: true)

    static func named(_ name: String) -> MathEnvironment? {
        switch name {
        case "matrix": matrix
        case "pmatrix": fenced("(", ")")
        case "bmatrix": fenced("[", "]")
        case "Bmatrix": fenced("{", "}")
        case "vmatrix": fenced("|", "|")
        case "Vmatrix": fenced("\u{2225}", "\u{2225}")
        case "smallmatrix": MathEnvironment(columnAlignments: ["center"], small: true)
        case "cases": MathEnvironment(columnAlignments: ["left", "left"], open: "{")
        case "dcases": MathEnvironment(columnAlignments: ["left", "left"], open: "{", displayStyle: true)
        case "rcases": MathEnvironment(columnAlignments: ["left", "left"], close: "}")
        case "array": MathEnvironment(columnAlignments: ["center"], argument: .columnSpecification)
        case "subarray": MathEnvironment(columnAlignments: ["center"], small: true, argument: .columnSpecification)
        case "aligned", "split": alignment
        case "alignedat": MathEnvironment(columnAlignments: ["right", "left"], displayStyle: true, argument: .count, pairs: true)
        case "gathered": gathering
        case "equation": numbered(MathEnvironment(columnAlignments: ["center"], allowsColumns: false, allowsRows: false, displayStyle: true), .everyRow)
        case "equation*": numbered(MathEnvironment(columnAlignments: ["center"], allowsColumns: false, allowsRows: false, displayStyle: true), .none)
        case "align", "flalign": numbered(alignment, .everyRow)
        case "align*", "flalign*": numbered(alignment, .none)
        case "alignat": numbered(MathEnvironment(columnAlignments: ["right", "left"], displayStyle: true, argument: .count, pairs: true), .everyRow)
        case "alignat*": numbered(MathEnvironment(columnAlignments: ["right", "left"], displayStyle: true, argument: .count, pairs: true), .none)
        case "gather": numbered(gathering, .everyRow)
        case "gather*": numbered(gathering, .none)
        case "multline": numbered(MathEnvironment(columnAlignments: ["center"], allowsColumns: false, displayStyle: true, multline: true), .lastRow)
        case "multline*": numbered(MathEnvironment(columnAlignments: ["center"], allowsColumns: false, displayStyle: true, multline: true), .none)
        case "eqnarray": numbered(MathEnvironment(columnAlignments: ["right", "center", "left"], displayStyle: true), .everyRow)
        case "eqnarray*": numbered(MathEnvironment(columnAlignments: ["right", "center", "left"], displayStyle: true), .none)
        default: nil
        }
    }

    private static func fenced(_ open: String, _ close: String) -> MathEnvironment {
        MathEnvironment(columnAlignments: ["center"], open: open, close: close)
    }

    private static func numbered(_ environment: MathEnvironment, _ numbering: Numbering) -> MathEnvironment {
        var result = environment
        result.numbering = numbering
        result.topLevel = true
        return result
    }
}
