/// A formula found in a Markdown body, by UTF-8 offsets into the body.
struct MathSpan: Sendable, Hashable {
    /// The formula with its delimiters (or a whole ```` ```math ```` fence): what a placeholder replaces.
    var whole: Range<Int>
    /// The TeX the converter is given: without `$`, `$$`, `\(`, `\[` or the fence lines; a
    /// LaTeX environment whole, `\begin{…}` to `\end{…}`.
    var tex: Range<Int>
    var display: Bool
}

/// Finds the formulas of a Markdown body in one pass, before cmark-gfm reads it.
///
/// - Inline: `$…$` (Pandoc's `tex_math_dollars`: a non-space after the opening `$`, a
///   non-space before the closing one, which no digit follows; `\$` is a dollar), `\(…\)`,
///   GitHub's `` $`…`$ ``.
/// - Display: `$$…$$`, `\[…\]`, ```` ```math ```` fences, and the environments of
///   `environments` starting a line, given whole.
/// - `\eqref{…}` and `\ref{…}` in text, as LaTeX writes them: given whole, as inline formulas.
///
/// Never inside code spans or fenced code blocks (found here, leftmost first, as Pandoc does);
/// a formula never spans a blank line. Formulas that cmark-gfm then puts in an indented code
/// block, raw HTML or a URL are given back as written (`MathPlaceholders`). Every search that
/// fails is remembered for the rest of its paragraph, so the scan stays linear.
struct MathScanner {
    static let environments: Set<String> = [
        "equation", "equation*", "align", "align*", "gather", "gather*",
        "multline", "multline*", "eqnarray", "eqnarray*",
    ]

    /// The formulas of `text` in order. `displayOnly` finds display formulas alone (`$$`, `\[`,
    /// environments, fences): plain-text pages, where a `$` is a price.
    static func spans(in text: String, displayOnly: Bool = false) -> [MathSpan] {
        var scanner = MathScanner(bytes: Array(text.utf8), displayOnly: displayOnly)
        scanner.scanBlocks()
        return scanner.spans
    }

    private let bytes: [UInt8]
    private let displayOnly: Bool
    private var spans: [MathSpan] = []
    /// Searches that failed in the current paragraph: none can succeed later in it.
    private var failedCodeRuns: Set<Int> = []
    private var failedMathCodeRuns: Set<Int> = []
    private var failedEnvironments: Set<String> = []
    private var failedClosers: Set<[UInt8]> = []

    private init(bytes: [UInt8], displayOnly: Bool) {
        self.bytes = bytes
        self.displayOnly = displayOnly
    }

    private struct Fence {
        let mark: UInt8
        let length: Int
        let isMath: Bool
        /// Where the opening fence's marks start, and where its first content line starts.
        let start: Int
        let contentStart: Int
    }

    // MARK: Blocks

    private mutating func scanBlocks() {
        var lineStart = 0
        var paragraphStart: Int?
        var fence: Fence?
        while lineStart < bytes.count {
            let lineEnd = endOfLine(from: lineStart)
            let next = afterLineEnd(lineEnd)
            let content = contentStart(of: lineStart, end: lineEnd)
            if let open = fence {
                if closesFence(open, at: content, end: lineEnd) {
                    if open.isMath { addFence(open, contentEnd: lineStart, end: lineEnd) }
                    fence = nil
                }
            } else if let opened = openingFence(at: content, end: lineEnd, next: next) {
                if let start = paragraphStart { scanInline(start..<lineStart) }
                paragraphStart = nil
                fence = opened
            } else if content == lineEnd {
                if let start = paragraphStart { scanInline(start..<lineStart) }
                paragraphStart = nil
            } else if paragraphStart == nil {
                paragraphStart = lineStart
            }
            lineStart = next
        }
        if let open = fence, open.isMath { addFence(open, contentEnd: bytes.count, end: bytes.count) }
        if let start = paragraphStart { scanInline(start..<bytes.count) }
    }

    private mutating func addFence(_ fence: Fence, contentEnd: Int, end: Int) {
        let tex = fence.contentStart..<max(fence.contentStart, contentEnd)
        guard tex.contains(where: { !isSpace(bytes[$0]) }) else { return }
        spans.append(MathSpan(whole: fence.start..<end, tex: tex, display: true))
    }

    private func endOfLine(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") { index += 1 }
        return index
    }

    private func afterLineEnd(_ end: Int) -> Int {
        guard end < bytes.count else { return end }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") { return end + 2 }
        return end + 1
    }

    /// The first byte of a line that is not indentation or a block quote's `>`.
    private func contentStart(of start: Int, end: Int) -> Int {
        var index = start
        while index < end, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: ">") { index += 1 }
        return index
    }

    private func run(of mark: UInt8, at start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == mark { index += 1 }
        return index - start
    }

    private func openingFence(at content: Int, end: Int, next: Int) -> Fence? {
        guard content < end, bytes[content] == UInt8(ascii: "`") || bytes[content] == UInt8(ascii: "~") else { return nil }
        let mark = bytes[content]
        let length = run(of: mark, at: content, end: end)
        guard length >= 3 else { return nil }
        let info = bytes[(content + length)..<end]
        if mark == UInt8(ascii: "`"), info.contains(mark) { return nil }
        let words = info.split(whereSeparator: { isSpace($0) })
        let isMath = words.first.map { Array($0) == Array("math".utf8) } ?? false
        return Fence(mark: mark, length: length, isMath: isMath, start: content, contentStart: next)
    }

    private func closesFence(_ fence: Fence, at content: Int, end: Int) -> Bool {
        let length = run(of: fence.mark, at: content, end: end)
        guard length >= fence.length else { return false }
        return bytes[(content + length)..<end].allSatisfy { isSpace($0) }
    }

    // MARK: Inline

    private mutating func scanInline(_ paragraph: Range<Int>) {
        failedCodeRuns = []
        failedMathCodeRuns = []
        failedEnvironments = []
        failedClosers = []
        let end = paragraph.upperBound
        var index = paragraph.lowerBound
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index = backslash(at: index, end: end)
            case UInt8(ascii: "`"):
                index = codeSpan(at: index, end: end)
            case UInt8(ascii: "$"):
                index = dollar(at: index, end: end)
            default:
                index += 1
            }
        }
    }

    /// Skips a code span, or the backticks that open none.
    private mutating func codeSpan(at start: Int, end: Int) -> Int {
        let length = run(of: UInt8(ascii: "`"), at: start, end: end)
        guard !failedCodeRuns.contains(length) else { return start + length }
        if let closer = backtickRun(of: length, from: start + length, end: end) { return closer + length }
        failedCodeRuns.insert(length)
        return start + length
    }

    /// Where the next run of exactly `length` backticks starts.
    private func backtickRun(of length: Int, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let found = run(of: UInt8(ascii: "`"), at: index, end: end)
            if found == length { return index }
            index += found
        }
        return nil
    }

    private mutating func backslash(at start: Int, end: Int) -> Int {
        guard start + 1 < end else { return end }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "("), !displayOnly, let closer = closer(Array(#"\)"#.utf8), from: start + 2, end: end) {
            spans.append(MathSpan(whole: start..<(closer + 2), tex: (start + 2)..<closer, display: false))
            return closer + 2
        }
        if next == UInt8(ascii: "["), let closer = closer(Array(#"\]"#.utf8), from: start + 2, end: end) {
            spans.append(MathSpan(whole: start..<(closer + 2), tex: (start + 2)..<closer, display: true))
            return closer + 2
        }
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "r"), !displayOnly, let after = reference(at: start, end: end) {
            spans.append(MathSpan(whole: start..<after, tex: start..<after, display: false))
            return after
        }
        if next == UInt8(ascii: "b"), startsLine(start), let after = environment(at: start, end: end) {
            spans.append(MathSpan(whole: start..<after, tex: start..<after, display: true))
            return after
        }
        return isASCIIPunctuation(next) ? start + 2 : start + 1
    }

    /// True when only indentation (or a block quote's `>`) stands before `offset` on its line.
    private func startsLine(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return true }
            if !isSpace(byte), byte != UInt8(ascii: ">") { return false }
            index -= 1
        }
        return true
    }

    /// The end of `\begin{NAME}…\end{NAME}` starting at `start`, for a NAME of `environments`.
    private mutating func environment(at start: Int, end: Int) -> Int? {
        let opening = Array(#"\begin{"#.utf8)
        guard start + opening.count < end, Array(bytes[start..<(start + opening.count)]) == opening else { return nil }
        let nameStart = start + opening.count
        var nameEnd = nameStart
        while nameEnd < end, nameEnd - nameStart < 12, bytes[nameEnd] != UInt8(ascii: "}") { nameEnd += 1 }
        guard nameEnd < end, bytes[nameEnd] == UInt8(ascii: "}") else { return nil }
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        guard Self.environments.contains(name), !failedEnvironments.contains(name) else { return nil }
        let closing = Array(#"\end{\#(name)}"#.utf8)
        guard let found = find(closing, from: nameEnd + 1, end: end) else {
            failedEnvironments.insert(name)
            return nil
        }
        return found + closing.count
    }

    /// The end of `\eqref{…}` or `\ref{…}` in text, as LaTeX writes them outside math: a
    /// formula of its own, linking to the numbered equation.
    private func reference(at start: Int, end: Int) -> Int? {
        for command in [#"\eqref{"#, #"\ref{"#] {
            let opening = Array(command.utf8)
            guard start + opening.count < end, Array(bytes[start..<(start + opening.count)]) == opening else { continue }
            var close = start + opening.count
            while close < end, close - start < 100, bytes[close] != UInt8(ascii: "}"), !isLineEnd(bytes[close]) { close += 1 }
            guard close < end, bytes[close] == UInt8(ascii: "}"), close > start + opening.count else { return nil }
            return close + 1
        }
        return nil
    }

    private func find(_ needle: [UInt8], from start: Int, end: Int) -> Int? {
        var index = start
        while index + needle.count <= end {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    /// The next unescaped `closer` (a backslash takes the byte after it along).
    private mutating func closer(_ closer: [UInt8], from start: Int, end: Int) -> Int? {
        guard !failedClosers.contains(closer) else { return nil }
        var index = start
        while index + closer.count <= end {
            if bytes[index] == closer[0], Array(bytes[index..<(index + closer.count)]) == closer { return index }
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        failedClosers.insert(closer)
        return nil
    }

    private mutating func dollar(at start: Int, end: Int) -> Int {
        guard start + 1 < end else { return end }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "$") {
            if let closer = closer(Array("$$".utf8), from: start + 2, end: end),
               bytes[(start + 2)..<closer].contains(where: { !isSpace($0) && !isLineEnd($0) }) {
                spans.append(MathSpan(whole: start..<(closer + 2), tex: (start + 2)..<closer, display: true))
                return closer + 2
            }
            return start + 2
        }
        if displayOnly { return start + 1 }
        if next == UInt8(ascii: "`") { return githubMath(at: start, end: end) }
        if let closer = inlineDollarCloser(from: start + 1, end: end) {
            spans.append(MathSpan(whole: start..<(closer + 1), tex: (start + 1)..<closer, display: false))
            return closer + 1
        }
        return start + 1
    }

    /// Pandoc's rule: no space after the opening `$`; the first unescaped `$` closes, unless a
    /// space stands before it or a digit after it, which makes this `$` no formula at all.
    private func inlineDollarCloser(from start: Int, end: Int) -> Int? {
        guard start < end, !isSpace(bytes[start]), !isLineEnd(bytes[start]) else { return nil }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
            } else if byte == UInt8(ascii: "$") {
                if index + 1 < end, isDigit(bytes[index + 1]) { return nil }
                return index
            } else if isSpace(byte) || isLineEnd(byte) {
                while index < end, isSpace(bytes[index]) || isLineEnd(bytes[index]) { index += 1 }
                if index < end, bytes[index] == UInt8(ascii: "$") { return nil }
            } else {
                index += 1
            }
        }
        return nil
    }

    /// GitHub's `` $`…`$ ``: backticks that close right before a `$`. Backticks that close
    /// elsewhere make a code span after a literal `$`.
    private mutating func githubMath(at start: Int, end: Int) -> Int {
        let open = start + 1
        let length = run(of: UInt8(ascii: "`"), at: open, end: end)
        guard !failedMathCodeRuns.contains(length),
              let closer = backtickRun(of: length, from: open + length, end: end) else {
            failedMathCodeRuns.insert(length)
            return open + length
        }
        let after = closer + length
        guard after < end, bytes[after] == UInt8(ascii: "$") else { return after }
        spans.append(MathSpan(whole: start..<(after + 1), tex: (open + length)..<closer, display: false))
        return after + 1
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    private func isLineEnd(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
