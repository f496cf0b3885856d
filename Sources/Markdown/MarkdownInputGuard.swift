/// Defuses Markdown on which the system's cmark-gfm (Debian's 0.29.0.gfm.6) takes quadratic
/// time, before the parser sees it, in one linear scan of the text.
///
/// Each limit counts one mark within a stretch of text; the marks past the limit get a
/// backslash in front, so cmark-gfm reads them as text, and one warning points at the first of
/// them. Stretches are chosen wide enough to hold whatever cmark-gfm scans at once (a blank
/// line ends every paragraph; `\r` ends a line as `\n` does), so no arrangement of blocks can
/// slip past a limit; the price is that the rare code block over a limit shows its backslashes.
///
/// | mark | stretch | why cmark-gfm is quadratic on more |
/// |---|---|---|
/// | `\|` (not escaped) | line | the table extension appends each cell to a linked list from its head |
/// | `![` (not escaped) | paragraph | each link closed after an image opener walks back over all of them |
/// | `<?`, `<!` (not escaped) | paragraph | each unclosed one scans to the paragraph's end for its closer |
/// | `)` | word | an autolink trims trailing `)` one at a time, recounting the whole link each time |
struct MarkdownInputGuard {
    static let maximumCellSeparatorsPerLine = 1_000
    static let maximumImageOpenersPerParagraph = 1_000
    static let maximumHTMLOpenersPerParagraph = 100
    static let maximumClosingParenthesesPerWord = 100

    /// The text to parse (the input itself when nothing was over a limit) and the warnings.
    static func defuse(_ text: String) -> (text: String, warnings: [MarkdownDocument.Notice]) {
        var scan = MarkdownInputGuard()
        var text = text
        text.withUTF8 { scan.run($0) }
        guard !scan.escapes.isEmpty else { return (text, scan.warnings) }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + scan.escapes.count)
        var next = 0
        for offset in scan.escapes {
            output.append(contentsOf: bytes[next..<offset])
            output.append(UInt8(ascii: "\\"))
            next = offset
        }
        output.append(contentsOf: bytes[next...])
        return (String(decoding: output, as: UTF8.self), scan.warnings)
    }

    /// A count of one mark within its stretch; warns once per stretch, at the first mark past the limit.
    private struct Counter {
        let limit: Int
        let message: String
        var count = 0

        /// Counts a mark; past the limit, a backslash goes before `offset`, and the first mark
        /// past it gets a warning at `position()`.
        mutating func record(at offset: Int, in scan: inout MarkdownInputGuard, position: () -> (line: Int, column: Int)) {
            count += 1
            guard count > limit else { return }
            scan.escapes.append(offset)
            if count == limit + 1 {
                let (line, column) = position()
                scan.warnings.append(.init(line: line, column: column, message: message))
            }
        }
    }

    /// Byte offsets before which a backslash goes, in increasing order.
    private var escapes: [Int] = []
    private var warnings: [MarkdownDocument.Notice] = []

    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var cells = Counter(
            limit: Self.maximumCellSeparatorsPerLine,
            message: "more than \(Self.maximumCellSeparatorsPerLine) '|' on one line: the ones after the "
                + "\(Self.maximumCellSeparatorsPerLine)th are shown as text, not as table cells "
                + "(wider table rows take the Markdown parser quadratic time)")
        var images = Counter(
            limit: Self.maximumImageOpenersPerParagraph,
            message: "more than \(Self.maximumImageOpenersPerParagraph) '![' in one paragraph: the ones after the "
                + "\(Self.maximumImageOpenersPerParagraph)th are shown as text, not as images "
                + "(more take the Markdown parser quadratic time)")
        var html = Counter(
            limit: Self.maximumHTMLOpenersPerParagraph,
            message: "more than \(Self.maximumHTMLOpenersPerParagraph) '<?' or '<!' in one paragraph: the ones after the "
                + "\(Self.maximumHTMLOpenersPerParagraph)th are shown as text, not as raw HTML "
                + "(more take the Markdown parser quadratic time)")
        var parentheses = Counter(
            limit: Self.maximumClosingParenthesesPerWord,
            message: "more than \(Self.maximumClosingParenthesesPerWord) ')' in one word: the ones after the "
                + "\(Self.maximumClosingParenthesesPerWord)th are escaped, so no web address ends in them "
                + "(more take the Markdown parser quadratic time)")
        var line = 1
        var lineStart = 0
        var lineIsBlank = true
        var escaped = false
        // Columns count characters: a UTF-8 continuation byte adds none. Counted only for a warning.
        func position(_ offset: Int) -> (line: Int, column: Int) {
            (line, 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 })
        }
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            defer { offset += 1 }
            guard Self.isMark(byte) else {
                // Any other byte: not blank, not a backslash.
                lineIsBlank = false
                escaped = false
                continue
            }
            let isEscaped = escaped
            escaped = !isEscaped && byte == UInt8(ascii: "\\")
            switch byte {
            case UInt8(ascii: "\n") where offset > 0 && bytes[offset - 1] == UInt8(ascii: "\r"):
                // The end of a `\r\n` line, already counted at its `\r`.
                line += 1
                lineStart = offset + 1
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if lineIsBlank {
                    images.count = 0
                    html.count = 0
                }
                cells.count = 0
                parentheses.count = 0
                lineIsBlank = true
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                }
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C:
                parentheses.count = 0
            case UInt8(ascii: "|") where !isEscaped:
                cells.record(at: offset, in: &self) { position(offset) }
            case UInt8(ascii: "!") where !isEscaped && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "["):
                images.record(at: offset + 1, in: &self) { position(offset) }
            case UInt8(ascii: "<") where !isEscaped && offset + 1 < bytes.count
                && (bytes[offset + 1] == UInt8(ascii: "?") || bytes[offset + 1] == UInt8(ascii: "!")):
                html.record(at: offset, in: &self) { position(offset) }
            case UInt8(ascii: ")"):
                if !isEscaped { parentheses.record(at: offset, in: &self) { position(offset) } }
            default:
                break
            }
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { lineIsBlank = false }
        }
    }

    /// The bytes the scan looks at, one bit each in two words (all are ASCII): in `lowMarks`
    /// tab, line feed, vertical tab, form feed, carriage return, space, `!`, `)` and `<`; in
    /// `highMarks` the backslash and `|`. Literals, so that no lazy initialisation is checked
    /// per byte; `MarkdownLimitsTests` checks them against the list.
    private static let lowMarks: UInt64 = 0x1000_0203_0000_3E00
    private static let highMarks: UInt64 = 0x1000_0000_1000_0000

    static func isMark(_ byte: UInt8) -> Bool {
        if byte < 64 { return lowMarks >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return highMarks >> UInt64(byte - 64) & 1 == 1 }
        return false
    }
}
