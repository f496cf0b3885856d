/// Equation numbers and labels of one page, shared by its formulas in order.
struct PageNumbering: Sendable {
    var counter = 0
    var labels: [String: LabelTarget] = [:]
    var usedIDs: Set<String> = []

    /// A fresh id on this page made from `base`.
    mutating func uniqueID(_ base: String) -> String {
        var id = base
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(id)
        return id
    }

    /// `eq-` and the label with white space and ASCII punctuation (unsafe in ids and URLs) replaced by `-`.
    static func idBase(forLabel label: String) -> String {
        var result = "eq-"
        for scalar in label.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", ":": result.unicodeScalars.append(scalar)
            case _ where scalar.value > 0x7F && !scalar.properties.isWhitespace: result.unicodeScalars.append(scalar)
            default: result.append("-")
            }
        }
        return result
    }
}

/// What a label refers to: the number as `\ref` shows it and the id to link to.
struct LabelTarget: Sendable, Hashable {
    var text: String
    var id: String
    /// Whether `\eqref` puts parentheses around it (not for `\tag*`).
    var parenthesized: Bool
}

/// `\tag`, `\label` and `\nonumber` seen in one row of a display formula.
struct RowMarks {
    var tag: (content: MathNode, starred: Bool)?
    var label: (name: String, token: TeXToken)?
    var suppressed = false
}
