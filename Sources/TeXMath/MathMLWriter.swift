/// Writes a `MathNode` tree as MathML Core, on one line, resolving `\eqref`/`\ref` with the
/// page's labels.
struct MathMLWriter {
    /// The MathML written so far, as UTF-8.
    private var bytes: [UInt8] = []
    private(set) var problems: [MathProblem] = []
    let labels: [String: LabelTarget]

    /// Bars that the operator dictionary spaces as relations; as fences they get no space. A plain
    /// `|` is ordinary in TeX and gets none either (the dictionary spaces it between operands).
    private static func isBarFence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2225}" || scalar == "\u{2223}"
    }

    /// Characters that the MathML Core operator dictionary lets stretch along the block axis (as
    /// fences, bars, slashes and vertical arrows): an `mo` of one of them that is not meant to
    /// stretch says `stretchy="false"`, or browsers grow it to the height of its row.
    private static func isStretchyByDefault(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "[", "]", "{", "}", "|", "/", "\\", "\u{2016}", "\u{2223}", "\u{2225}",
             "\u{27E8}", "\u{27E9}", "\u{2308}", "\u{2309}", "\u{230A}", "\u{230B}", "\u{27E6}", "\u{27E7}",
             "\u{27EE}", "\u{27EF}", "\u{23B0}", "\u{23B1}", "\u{2191}", "\u{2193}", "\u{2195}", "\u{21D1}",
             "\u{21D3}", "\u{21D5}":
            true
        default:
            false
        }
    }

    /// The operator's text when it is one character.
    private static func onlyScalar(of text: String) -> Unicode.Scalar? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    init(labels: [String: LabelTarget]) {
        self.labels = labels
        bytes.reserveCapacity(1024)
    }

    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The whole `<math>` element, with the source as its annotation.
    mutating func writeFormula(_ node: MathNode, source: String, display: Bool) {
        put(display ? "<math display=\"block\"><semantics>" : "<math><semantics>")
        write(node)
        put("<annotation encoding=\"application/x-tex\">")
        putEscaped(source)
        put("</annotation></semantics></math>")
    }

    mutating func write(_ node: MathNode) {
        switch node {
        case .row(let children):
            if children.count == 1 {
                write(children[0])
            } else {
                put("<mrow>")
                writeChildren(children)
                put("</mrow>")
            }
        case .identifier(let text, let upright):
            put(upright && text.unicodeScalars.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>")
            putEscaped(text)
            put("</mi>")
        case .number(let text):
            put("<mn>")
            putEscaped(text)
            put("</mn>")
        case .op(let op):
            writeOperator(op, prefix: false)
        case .text(let text, let style):
            put("<mtext")
            if let style {
                put(" style=\"")
                append(style)
                put("\"")
            }
            put(">")
            putEscaped(Self.keepingEdgeSpaces(text))
            put("</mtext>")
        case .space(let width):
            put("<mspace width=\"")
            append(width)
            put("\"></mspace>")
        case .scripts(let base, let sub, let sup):
            put(sub == nil ? "<msup>" : (sup == nil ? "<msub>" : "<msubsup>"))
            write(base)
            if let sub { write(sub) }
            if let sup { write(sup) }
            put(sub == nil ? "</msup>" : (sup == nil ? "</msub>" : "</msubsup>"))
        case .limits(let base, let under, let over, let accent):
            put(under == nil ? "<mover" : (over == nil ? "<munder" : "<munderover"))
            if accent { put(under == nil ? " accent=\"true\"" : " accentunder=\"true\"") }
            put(">")
            write(base)
            if let under { write(under) }
            if let over { write(over) }
            put(under == nil ? "</mover>" : (over == nil ? "</munder>" : "</munderover>"))
        case .fraction(let numerator, let denominator, let thickness):
            if let thickness {
                put("<mfrac linethickness=\"")
                append(thickness)
                put("\">")
            } else {
                put("<mfrac>")
            }
            write(numerator)
            write(denominator)
            put("</mfrac>")
        case .root(let base, let index):
            put(index == nil ? "<msqrt>" : "<mroot>")
            if index == nil, case .row(let children) = base { writeChildren(children) } else { write(base) }
            if let index { write(index) }
            put(index == nil ? "</msqrt>" : "</mroot>")
        case .table(let table):
            writeTable(table)
        case .wrapped(let element, let attributes, let content):
            put("<")
            append(element)
            append(attributes)
            put(">")
            if case .row(let children) = content { writeChildren(children) } else { write(content) }
            put("</")
            append(element)
            put(">")
        case .phantom(let content):
            put("<mphantom>")
            if case .row(let children) = content { writeChildren(children) } else { write(content) }
            put("</mphantom>")
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
        put("<mo")
        if prefix { put(" form=\"prefix\"") }
        let scalar = Self.onlyScalar(of: op.text)
        if let stretchy = op.stretchy ?? (scalar.map(Self.isStretchyByDefault) == true ? false : nil) {
            put(stretchy ? " stretchy=\"true\"" : " stretchy=\"false\"")
        }
        if op.fence { put(" fence=\"true\"") }
        if let size = op.size {
            put(" minsize=\"")
            append(size)
            put("\" maxsize=\"")
            append(size)
            put("\"")
        }
        if op.symbolClass == .largeWithLimits { put(" movablelimits=\"false\"") }
        if op.tight || (scalar.map(Self.isBarFence) == true && (op.symbolClass == .open || op.symbolClass == .close))
            || (scalar == "|" && op.symbolClass == .operatorOrdinary) {
            put(" lspace=\"0em\" rspace=\"0em\"")
        }
        put(">")
        putEscaped(op.text)
        put("</mo>")
    }

    private mutating func writeTable(_ table: MathTable) {
        put("<mtable")
        if table.displayStyle { put(" displaystyle=\"true\"") }
        if table.numbered { put(" class=\"math-numbered\"") }
        put(">")
        let columns = table.rows.map(\.cells.count).max() ?? 0
        for row in table.rows {
            put("<mtr>")
            for column in 0..<columns {
                var style = ""
                let alignment = row.alignment ?? table.columnAlignments[column % max(1, table.columnAlignments.count)]
                if alignment != "center" { style += Self.textAlign(alignment) }
                if table.pairs { style += column % 2 == 0 ? "padding-right:0;" : "padding-left:0;" }
                if row.lineAbove { style += "border-top:0.06em solid;" }
                if row.lineBelow { style += "border-bottom:0.06em solid;" }
                if style.isEmpty {
                    put("<mtd>")
                } else {
                    put("<mtd style=\"")
                    append(String(style.dropLast()))
                    put("\">")
                }
                if column < row.cells.count {
                    if case .row(let children) = row.cells[column] { writeChildren(children) } else { write(row.cells[column]) }
                }
                put("</mtd>")
            }
            if table.numbered {
                if let number = row.number {
                    put("<mtd class=\"math-number\" id=\"")
                    putEscaped(number.id)
                    put("\">")
                    if case .row(let children) = number.content { writeChildren(children) } else { write(number.content) }
                    put("</mtd>")
                } else {
                    put("<mtd class=\"math-number\"></mtd>")
                }
            }
            put("</mtr>")
        }
        put("</mtable>")
    }

    /// The CSS that aligns a cell's content, `;` last. Chromium aligns an `mtd`'s content to the
    /// right only with `-webkit-right`; browsers that do not know it drop it and keep `right`.
    private static func textAlign(_ alignment: String) -> String {
        alignment == "right" ? "text-align:right;text-align:-webkit-right;" : "text-align:\(alignment);"
    }

    private mutating func writeReference(_ label: String, parenthesized: Bool, offset: Int, length: Int) {
        guard let target = labels[label] else {
            problems.append(MathProblem(message: "unknown label \(label)", offset: offset, length: length))
            put(parenthesized ? "<mtext>(??)</mtext>" : "<mtext>??</mtext>")
            return
        }
        let text = parenthesized && target.parenthesized ? "(\(target.text))" : target.text
        put("<mtext><a href=\"#")
        putEscaped(target.id)
        put("\">")
        putEscaped(text)
        put("</a></mtext>")
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

    /// Appends markup written in the source.
    private mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup made while writing (names, sizes, styles), as it is.
    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func putEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where Self.needsEscape(byte) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "&"): put("&amp;")
                case UInt8(ascii: "<"): put("&lt;")
                case UInt8(ascii: ">"): put("&gt;")
                case UInt8(ascii: "\""): put("&quot;")
                case UInt8(ascii: "'"): put("&#39;")
                case UInt8(ascii: "\n"): put("&#10;")
                default: put("&#13;")
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    /// Appends `text` with `&`, `<`, `>`, quotes and line breaks escaped.
    static func escape(_ text: String, into output: inout String) {
        var writer = MathMLWriter(labels: [:])
        writer.putEscaped(text)
        output += writer.output
    }
}
