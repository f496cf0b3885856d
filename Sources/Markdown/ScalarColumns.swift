import Diagnostics

/// Turns cmark's positions (1-based line and byte column) into columns of Unicode scalars.
///
/// It remembers its place on the line it last read, so positions asked for in document order
/// cost no more, all together, than reading their lines once: a line holding thousands of
/// flagged tags is not scanned again from its start for each of them.
struct ScalarColumns {
    private let lines: LineIndex
    private var line = 0
    private var bytes: [UInt8] = []
    /// The byte offset in `bytes` reached, and the column of the scalar that starts there.
    private var byte = 0
    private var column = 1

    init(text: String) {
        lines = LineIndex(text: text)
    }

    mutating func column(line wanted: Int, byteColumn: Int) -> Int {
        let target = max(0, byteColumn - 1)
        if wanted != line || target < byte {
            line = wanted
            bytes = Array((lines.line(wanted) ?? "").utf8)
            byte = 0
            column = 1
        }
        let end = min(target, bytes.count)
        while byte < end {
            // Count lead bytes only, so a multi-byte character is one column.
            if bytes[byte] & 0xC0 != 0x80 { column += 1 }
            byte += 1
        }
        return column
    }
}
