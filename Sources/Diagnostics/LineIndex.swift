/// Maps byte offsets of a UTF-8 text to line and column, and returns the text of a line.
///
/// A line ends with LF, CRLF or a CR alone (files saved on old Macs), as in CommonMark and
/// YAML: each counts as one line end.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    /// Byte offset at which each line starts.
    private let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        let (lineFeed, carriageReturn) = (UInt8(ascii: "\n"), UInt8(ascii: "\r"))
        for (offset, byte) in bytes.enumerated() {
            let isCROnly = byte == carriageReturn && (offset + 1 == bytes.count || bytes[offset + 1] != lineFeed)
            if byte == lineFeed || isCROnly { starts.append(offset + 1) }
        }
        self.lineStarts = starts
    }

    /// `text` with each line end (CRLF, or CR alone) made an LF: the same lines, so the same
    /// positions, for readers that know LF only (a plain-text page, a template) or that would
    /// keep a CR in what they produce.
    public static func withLineFeeds(_ text: String) -> String {
        let (lineFeed, carriageReturn) = (UInt8(ascii: "\n"), UInt8(ascii: "\r"))
        let hasCarriageReturn = text.utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: carriageReturn) != nil }
        guard hasCarriageReturn ?? text.utf8.contains(carriageReturn) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            if byte != carriageReturn {
                result.append(byte)
            } else if offset + 1 == bytes.count || bytes[offset + 1] != lineFeed {
                result.append(lineFeed)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        let column = bytes[start..<clamped].reduce(1) { count, byte in
            // Count lead bytes only, so a multi-byte character is one column.
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return (low + 1, column)
    }

    /// The text of a 1-based line without its line break; invalid UTF-8 shows as U+FFFD.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}
