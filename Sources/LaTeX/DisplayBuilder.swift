/// Collects the runs of a conversion, merging text of equal styles and collapsing spaces.
struct DisplayBuilder {
    private var runs: [InlineRun] = []
    private var unknown: [String] = []
    private var unknownSeen: Set<String> = []
    private var unexpanded: [String] = []
    private var unexpandedSeen: Set<String> = []
    /// Whether the last thing shown was a space, or nothing yet: a space here is dropped.
    private var afterSpace = true

    mutating func append(_ text: String, styles: InlineStyles, protected: Bool) {
        guard !text.isEmpty else { return }
        startTextRun(styles: styles, protected: protected)
        runs[runs.count - 1].content += text
        afterSpace = text.unicodeScalars.last == " "
    }

    mutating func append(_ scalar: Unicode.Scalar, styles: InlineStyles, protected: Bool) {
        startTextRun(styles: styles, protected: protected)
        runs[runs.count - 1].content.unicodeScalars.append(scalar)
        afterSpace = false
    }

    mutating func appendSpace(styles: InlineStyles, protected: Bool) {
        guard !afterSpace else { return }
        startTextRun(styles: styles, protected: protected)
        runs[runs.count - 1].content += " "
        afterSpace = true
    }

    mutating func appendMath(_ source: String, styles: InlineStyles, protected: Bool) {
        runs.append(InlineRun(.math, source, styles: styles, isCaseProtected: protected))
        afterSpace = false
    }

    mutating func noteUnknown(_ name: String) {
        if unknownSeen.insert(name).inserted {
            unknown.append(name)
        }
    }

    mutating func noteUnexpanded(_ name: String) {
        if unexpandedSeen.insert(name).inserted {
            unexpanded.append(name)
        }
    }

    /// The runs, without a space at the end.
    mutating func finish() -> DisplayText {
        if let last = runs.indices.last, runs[last].kind == .text, runs[last].content.unicodeScalars.last == " " {
            runs[last].content.unicodeScalars.removeLast()
            if runs[last].content.isEmpty {
                runs.removeLast()
            }
        }
        return DisplayText(runs: runs, unknownMacros: unknown, unexpandedMacros: unexpanded)
    }

    /// Makes the last run a text run with these styles, starting one if it is not.
    private mutating func startTextRun(styles: InlineStyles, protected: Bool) {
        if runs.last?.kind != .text || runs.last?.styles != styles || runs.last?.isCaseProtected != protected {
            runs.append(InlineRun(.text, "", styles: styles, isCaseProtected: protected))
        }
    }
}
