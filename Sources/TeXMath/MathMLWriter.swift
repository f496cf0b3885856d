/// Writes a `MathNode` tree as MathML Core, on one line, resolving `\eqref`/`\ref` with the
/// page's labels.
struct MathMLWriter {
    private(set) var output = ""
    private(set) var problems: [MathProblem] = []
    let labels: [String: LabelTarget]

    init(labels: [String: LabelTarget]) {
        self.labels = labels
        output.reserveCapacity(256)
    }

    /// The whole `<math>` element, with the source as its annotation.
    mutating func writeFormula(_ node: MathNode, source: String, display: Bool) {
        output += display ? "<math display=\"block\"><semantics>" : "<math><semantics>"
        write(node)
        output += "<annotation encoding=\"application/x-tex\">"
        Self.escape(source, into: &output)
        output += "</annotation></semantics></math>"
    }

    mutating func write(_ node: MathNode) {
        switch node {
        case .row(let children):
            if children.count == 1 {
                write(children[0])
            } else {
                output += "<mrow>"
                writeChildren(children)
                output += "</mrow>"
            }
        case .identifier(let text, let upright):
            output += upright && text.unicodeScalars.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
            Self.escape(text, into: &output)
            output += "</mi>"
        case .number(let text):
            output += "<mn>"
            Self.escape(text, into: &output)
            output += "</mn>"
        case .op(let op):
            writeOperator(op, prefix: false)
        case .text(let text, let style):
            output += "<mtext"
            if let style { output += " style=\"\(style)\"" }
            output += ">"
            Self.escape(Self.keepingEdgeSpaces(text), into: &output)
            output += "</mtext>"
        case .space(let width):
            output += "<mspace width=\"\(width)\"></mspace>"
        case .scripts(let base, let sub, let sup):
            let element = sub == nil ? "msup" : (sup == nil ? "msub" : "msubsup")
            output += "<\(element)>"
            write(base)
            if let sub { write(sub) }
            if let sup { write(sup) }
            output += "</\(element)>"
        case .limits(let base, let under, let over, let accent):
            let element = under == nil ? "mover" : (over == nil ? "munder" : "munderover")
            output += "<\(element)"
            if accent { output += under == nil ? " accent=\"true\"" : " accentunder=\"true\"" }
            output += ">"
            write(base)
            if let under { write(under) }
            if let over { write(over) }
            output += "</\(element)>"
        case .fraction(let numerator, let denominator, let thickness):
            output += thickness.map { "<mfrac linethickness=\"\($0)\">" } ?? "<mfrac>"
            write(numerator)
            write(denominator)
            output += "</mfrac>"
        case .root(let base, let index):
            output += index == nil ? "<msqrt>" : "<mroot>"
            if index == nil, case .row(let children) = base { writeChildren(children) } else { write(base) }
            if let index { write(index) }
            output += index == nil ? "</msqrt>" : "</mroot>"
        case .table(let table):
            writeTable(table)
        case .wrapped(let element, let attributes, let content):
            output += "<\(element)\(attributes)>"
            if case .row(let children) = content { writeChildren(children) } else { write(content) }
            output += "</\(element)>"
        case .phantom(let content):
            output += "<mphantom>"
            if case .row(let children) = content { writeChildren(children) } else { write(content) }
            output += "</mphantom>"
        case .reference(let label, let parenthesized, let offset, let length):
            writeReference(label, parenthesized: parenthesized, offset: offset, length: length)
        }
    }

    /// A row's children; a binary operator with no operand before it is a prefix (a sign).
    private mutating func writeChildren(_ children: [MathNode]) {
        var operandBefore = false
        for (index, child) in children.enumerated() {
            switch child {
            case .op(let op):
                writeOperator(op, prefix: op.symbolClass == .binary && !operandBefore && index > 0)
                switch op.symbolClass {
                case .close, .ordinary, .operatorOrdinary: operandBefore = op.text != "\u{2061}"
                default: operandBefore = false
                }
            case .space:
                write(child)
            default:
                write(child)
                operandBefore = true
            }
        }
    }

    private mutating func writeOperator(_ op: MathOperator, prefix: Bool) {
        output += "<mo"
        if prefix { output += " form=\"prefix\"" }
        if let stretchy = op.stretchy { output += stretchy ? " stretchy=\"true\"" : " stretchy=\"false\"" }
        if op.fence { output += " fence=\"true\"" }
        if let size = op.size { output += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
        if op.symbolClass == .largeWithLimits { output += " movablelimits=\"false\"" }
        if op.tight { output += " lspace=\"0em\" rspace=\"0em\"" }
        output += ">"
        Self.escape(op.text, into: &output)
        output += "</mo>"
    }

    private mutating func writeTable(_ table: MathTable) {
        output += "<mtable"
        if table.displayStyle { output += " displaystyle=\"true\"" }
        if table.numbered { output += " class=\"math-numbered\"" }
        output += ">"
        let columns = table.rows.map(\.cells.count).max() ?? 0
        for row in table.rows {
            output += "<mtr>"
            for column in 0..<columns {
                var style = ""
                let alignment = row.alignment ?? table.columnAlignments[column % max(1, table.columnAlignments.count)]
                if alignment != "center" { style += "text-align:\(alignment);" }
                if table.pairs { style += column % 2 == 0 ? "padding-right:0;" : "padding-left:0;" }
                if row.lineAbove { style += "border-top:0.06em solid;" }
                if row.lineBelow { style += "border-bottom:0.06em solid;" }
                output += style.isEmpty ? "<mtd>" : "<mtd style=\"\(style.dropLast())\">"
                if column < row.cells.count {
                    if case .row(let children) = row.cells[column] { writeChildren(children) } else { write(row.cells[column]) }
                }
                output += "</mtd>"
            }
            if table.numbered {
                if let number = row.number {
                    output += "<mtd class=\"math-number\" id=\""
                    Self.escape(number.id, into: &output)
                    output += "\"><mtext>"
                    Self.escape(number.text, into: &output)
                    output += "</mtext></mtd>"
                } else {
                    output += "<mtd class=\"math-number\"></mtd>"
                }
            }
            output += "</mtr>"
        }
        output += "</mtable>"
    }

    private mutating func writeReference(_ label: String, parenthesized: Bool, offset: Int, length: Int) {
        guard let target = labels[label] else {
            problems.append(MathProblem(message: "unknown label \(label)", offset: offset, length: length))
            output += parenthesized ? "<mtext>(??)</mtext>" : "<mtext>??</mtext>"
            return
        }
        let text = parenthesized && target.parenthesized ? "(\(target.text))" : target.text
        output += "<mtext><a href=\"#"
        Self.escape(target.id, into: &output)
        output += "\">"
        Self.escape(text, into: &output)
        output += "</a></mtext>"
    }

    /// Spaces at the ends of a text made unbreakable, so that they are not trimmed.
    private static func keepingEdgeSpaces(_ text: String) -> String {
        guard text.hasPrefix(" ") || text.hasSuffix(" ") else { return text }
        var scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " { scalars[index] = "\u{A0}"; index += 1 }
        index = scalars.count - 1
        while index >= 0, scalars[index] == " " { scalars[index] = "\u{A0}"; index -= 1 }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// Appends `text` with `&`, `<`, `>`, quotes and line breaks escaped.
    static func escape(_ text: String, into output: inout String) {
        var needsEscape = false
        for byte in text.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            needsEscape = true
            break
        }
        guard needsEscape else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += "&#10;"
            case "\r": output += "&#13;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
