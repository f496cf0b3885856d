/// `\begin{…}…\end{…}`: matrices, arrays, alignments, and the numbered display environments
/// with their `\tag`, `\label` and `\nonumber`.
extension MathParser {
    mutating func parseEnvironment(_ begin: TeXToken) throws(TeXError) -> MathNode {
        let name = try parseRawText(for: begin).filter { $0 != " " }
        guard let environment = MathEnvironment.named(name) else {
            throw TeXError("unknown environment \(name)", at: begin)
        }
        if environment.topLevel, !(display && depth == Self.topAtomDepth && environmentDepth == 0) {
            throw TeXError("\(name) must be a whole display formula (use aligned, gathered or split inside)", at: begin)
        }
        var alignments = environment.columnAlignments
        switch environment.argument {
        case .none: break
        case .columnSpecification: alignments = try parseColumnSpecification(for: begin)
        case .count:
            let count = try parseRawText(for: begin).filter { $0 != " " }
            guard Int(count) != nil else { throw TeXError("\\begin{\(name)} needs a number of columns", at: begin) }
        }
        environmentDepth += 1
        tableDepth += 1
        let savedStyle = displayStyle, savedMarks = rowMarks, savedLine = pendingLine
        displayStyle = environment.displayStyle
        defer {
            environmentDepth -= 1
            tableDepth -= 1
            displayStyle = savedStyle
            rowMarks = environment.topLevel ? RowMarks() : savedMarks
            pendingLine = savedLine
        }
        if environment.topLevel { rowMarks = RowMarks() }
        let rows = try parseRows(of: environment, named: name, begin: begin)
        var table = MathTable(rows: rows, columnAlignments: alignments, displayStyle: environment.displayStyle)
        table.numbered = rows.contains { $0.number != nil }
        table.pairs = environment.pairs
        var node = MathNode.table(table)
        if environment.small { node = .wrapped(element: "mstyle", attributes: " scriptlevel=\"1\"", node) }
        if environment.open != nil || environment.close != nil {
            var parts: [MathNode] = []
            if let open = environment.open { parts.append(fence(open)) }
            parts.append(node)
            if let close = environment.close {
                parts.append(.op(MathOperator(text: close, symbolClass: .close, stretchy: true, fence: true)))
            }
            node = .row(parts)
        }
        return node
    }

    private mutating func parseRows(of environment: MathEnvironment, named name: String, begin: TeXToken) throws(TeXError) -> [MathTableRow] {
        var rows: [MathTableRow] = []
        var cells: [MathNode] = []
        pendingLine = false
        while true {
            let (nodes, end) = try parseList()
            var cellNodes = nodes
            if environment.pairs, cells.count % 2 == 1, case .op(let op) = nodes.first,
               op.symbolClass == .relation || op.symbolClass == .binary {
                cellNodes.insert(.empty, at: 0)
            }
            cells.append(.row(cellNodes))
            switch end {
            case .alignment(let token):
                guard environment.allowsColumns else { throw TeXError("& is not allowed in \(name)", at: token) }
                continue
            case .newRow(let token):
                guard environment.allowsRows else { throw TeXError("\(token.spelled) is not allowed in \(name)", at: token) }
                rows.append(try finishTableRow(cells, of: environment, last: false))
                cells = []
            case .end(let token):
                let endName = try parseRawText(for: token).filter { $0 != " " }
                guard endName == name else {
                    throw TeXError("\\end{\(endName)} does not match \\begin{\(name)}", at: token)
                }
                let marked = rowMarks.map { $0.tag != nil || $0.label != nil } ?? false
                if cells == [.row([])], !rows.isEmpty, !marked {
                    if pendingLine { rows[rows.count - 1].lineBelow = true }
                    if environment.numbering == .lastRow, rows[rows.count - 1].number == nil {
                        let last = rows.removeLast()
                        rows.append(try finishTableRow(last.cells, of: environment, last: true, lineAbove: last.lineAbove))
                    }
                } else {
                    rows.append(try finishTableRow(cells, of: environment, last: true))
                }
                if environment.multline { alignMultline(&rows) }
                return rows
            case .endOfFormula:
                throw TeXError("missing \\end{\(name)} for the \\begin{\(name)}", at: begin)
            default:
                throw misplaced(end)
            }
        }
    }

    private mutating func finishTableRow(_ cells: [MathNode], of environment: MathEnvironment, last: Bool, lineAbove: Bool? = nil) throws(TeXError) -> MathTableRow {
        var row = MathTableRow(cells: cells, lineAbove: lineAbove ?? pendingLine)
        pendingLine = false
        if environment.topLevel {
            let numbered = environment.numbering == .everyRow || (environment.numbering == .lastRow && last)
            row.number = try finishRow(numbered: numbered)
            rowMarks = RowMarks()
        }
        return row
    }

    private func alignMultline(_ rows: inout [MathTableRow]) {
        guard rows.count > 1 else { return }
        rows[0].alignment = "left"
        rows[rows.count - 1].alignment = "right"
    }

    /// `{lc|r}` of `array`: the alignment of each column; `|` is left out.
    private mutating func parseColumnSpecification(for begin: TeXToken) throws(TeXError) -> [String] {
        let specification = try parseRawText(for: begin)
        var alignments: [String] = []
        for character in specification {
            switch character {
            case "l": alignments.append("left")
            case "c": alignments.append("center")
            case "r": alignments.append("right")
            case "|", " ", ":": continue
            default: throw TeXError("unsupported column type \(character) in \(specification)", at: begin)
            }
        }
        return alignments.isEmpty ? ["center"] : alignments
    }

    /// `\tag`, `\label`, `\nonumber` and `\notag`, noted on the current row of display math.
    mutating func parseRowMark(_ name: String, token: TeXToken) throws(TeXError) {
        guard var marks = rowMarks else {
            throw TeXError("\(token.spelled) is only allowed in display math", at: token)
        }
        switch name {
        case "tag", "tag*":
            var starred = name == "tag*"
            if !starred, try peekSignificant().kind == .character("*") {
                _ = try nextSignificant()
                starred = true
            }
            let content = try parseTagContent(for: token)
            guard marks.tag == nil else { throw TeXError("more than one \\tag in a row", at: token) }
            marks.tag = (content, starred)
        case "label":
            let label = try parseRawText(for: token)
            guard marks.label == nil else { throw TeXError("more than one \\label in a row", at: token) }
            marks.label = (label, token)
        default:
            marks.suppressed = true
        }
        rowMarks = marks
    }

    /// `\tag{…}`: text with any `$…$` inside as math.
    private mutating func parseTagContent(for token: TeXToken) throws(TeXError) -> MathNode {
        let savedMarks = rowMarks
        rowMarks = nil
        defer { rowMarks = savedMarks }
        return try parseText(for: token, style: nil)
    }

    private static func collectText(_ node: MathNode, into text: inout String) {
        switch node {
        case .identifier(let characters, _), .number(let characters), .text(let characters, _): text += characters
        case .op(let op) where op.text != "\u{2061}": text += op.text
        case .row(let children): for child in children { collectText(child, into: &text) }
        case .scripts(let base, let sub, let sup):
            collectText(base, into: &text)
            if let sub { collectText(sub, into: &text) }
            if let sup { collectText(sup, into: &text) }
        default: break
        }
    }

    /// The number of the row just ended, if it has one, and its label registered.
    mutating func finishRow(numbered: Bool) throws(TeXError) -> EquationNumber? {
        guard let marks = rowMarks else { return nil }
        var text = ""
        let parenthesized: Bool
        let content: MathNode
        if let tag = marks.tag {
            Self.collectText(tag.content, into: &text)
            parenthesized = !tag.starred
            if case .text(let plain, nil) = tag.content {
                content = .text(parenthesized ? "(\(plain))" : plain, style: nil)
            } else {
                content = parenthesized ? .row([.text("(", style: nil), tag.content, .text(")", style: nil)]) : tag.content
            }
        } else if numbered && !marks.suppressed {
            numbering.counter += 1
            text = String(numbering.counter)
            parenthesized = true
            content = .text("(\(text))", style: nil)
        } else {
            if let label = marks.label {
                throw TeXError("\\label{\(label.name)} in an unnumbered equation", at: label.token)
            }
            return nil
        }
        let id: String
        if let label = marks.label {
            guard numbering.labels[label.name] == nil else {
                throw TeXError("label \(label.name) is defined twice on this page", at: label.token)
            }
            id = numbering.uniqueID(PageNumbering.idBase(forLabel: label.name))
            numbering.labels[label.name] = LabelTarget(text: text, id: id, parenthesized: parenthesized)
        } else {
            id = numbering.uniqueID(PageNumbering.idBase(forLabel: text))
        }
        return EquationNumber(content: content, id: id)
    }
}
