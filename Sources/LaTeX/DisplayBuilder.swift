/// Collects the runs of a conversion, merging text of equal styles and collapsing spaces. The
/// text of the run being made is kept as UTF-8 bytes and becomes a `String` once, when the run ends.
struct DisplayBuilder {
    private var runs: [InlineRun] = []
    private var pending: [UInt8] = []
    private var pendingStyles: InlineStyles = []
    private var pendingProtected = false
    private var unknown: [String] = []
    private var unknownSeen: Set<String> = []
    private var unexpanded: [String] = []
    private var unexpandedSeen: Set<String> = []
    /// Whether the last thing shown was a space, or nothing yet: a space here is dropped.
    private var afterSpace = true

    mutating func append(_ text: String, styles: InlineStyles, protected: Bool) {
        guard !text.isEmpty else { return }
        startTextRun(styles: styles, protected: protected)
        pending.append(contentsOf: text.utf8)
        afterSpace = pending.last == UInt8(ascii: " ")
    }

    mutating func append(_ scalar: Unicode.Scalar, styles: InlineStyles, protected: Bool) {
        startTextRun(styles: styles, protected: protected)
        if scalar.isASCII {
            pending.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { pending.append($0) }
        }
        afterSpace = false
    }

    mutating func appendSpace(styles: InlineStyles, protected: Bool) {
        guard !afterSpace else { return }
        startTextRun(styles: styles, protected: protected)
        pending.append(UInt8(ascii: " "))
        afterSpace = true
    }

    /// Takes back a space at the end of the run being made.
    mutating func removeTrailingSpace() {
        guard pending.last == UInt8(ascii: " ") else { return }
        pending.removeLast()
        afterSpace = pending.isEmpty ? runs.isEmpty : false
    }

    mutating func appendMath(_ source: String, styles: InlineStyles, protected: Bool) {
        endTextRun()
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
        if pending.last == UInt8(ascii: " ") {
            pending.removeLast()
        }
        endTextRun()
        return DisplayText(runs: runs, unknownMacros: unknown, unexpandedMacros: unexpanded)
    }

    /// Ends the text run being made if its styles or protection differ from these.
    private mutating func startTextRun(styles: InlineStyles, protected: Bool) {
        if pendingStyles != styles || pendingProtected != protected {
            endTextRun()
        }
        pendingStyles = styles
        pendingProtected = protected
    }

    private mutating func endTextRun() {
        guard !pending.isEmpty else { return }
        runs.append(InlineRun(.text, String(decoding: pending, as: UTF8.self), styles: pendingStyles, isCaseProtected: pendingProtected))
        pending.removeAll(keepingCapacity: true)
    }
}
