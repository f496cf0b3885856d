/// The fenced code blocks and code spans of a Markdown text, by UTF-8 offsets, found the way
/// CommonMark finds them closely enough to leave what they hold alone: a fence (three or more
/// `` ` `` or `~`, at any indentation, so in list items too) runs to its closing fence or the
/// end of the text; a code span runs from a backtick run to the next run of the same length
/// in its paragraph.
enum CodeRegions {
    static func find(in bytes: [UInt8]) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var lineStart = 0
        var paragraphStart: Int?
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if let fence = openingFence(in: bytes, line: lineStart..<lineEnd) {
                if let start = paragraphStart { regions += spans(in: bytes, start..<lineStart) }
                paragraphStart = nil
                let end = closingFence(fence, in: bytes, after: lineEnd)
                regions.append(lineStart..<end)
                lineStart = end
                continue
            }
            if isBlank(bytes, lineStart..<lineEnd) {
                if let start = paragraphStart { regions += spans(in: bytes, start..<lineStart) }
                paragraphStart = nil
            } else if paragraphStart == nil {
                paragraphStart = lineStart
            }
            lineStart = lineEnd + 1
        }
        if let start = paragraphStart { regions += spans(in: bytes, start..<bytes.count) }
        return regions
    }

    private struct Fence {
        let mark: UInt8
        let length: Int
    }

    private static func openingFence(in bytes: [UInt8], line: Range<Int>) -> Fence? {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard index < line.upperBound, bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~") else { return nil }
        let mark = bytes[index]
        var end = index
        while end < line.upperBound, bytes[end] == mark { end += 1 }
        guard end - index >= 3 else { return nil }
        if mark == UInt8(ascii: "`"), bytes[end..<line.upperBound].contains(UInt8(ascii: "`")) { return nil }
        return Fence(mark: mark, length: end - index)
    }

    /// Where the block ends: after its closing fence's line, or at the end of the text.
    private static func closingFence(_ fence: Fence, in bytes: [UInt8], after openingLineEnd: Int) -> Int {
        var lineStart = openingLineEnd + 1
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var index = lineStart
            while index < lineEnd, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            var run = index
            while run < lineEnd, bytes[run] == fence.mark { run += 1 }
            if run - index >= fence.length, isBlank(bytes, run..<lineEnd) { return min(lineEnd + 1, bytes.count) }
            lineStart = lineEnd + 1
        }
        return bytes.count
    }

    /// The code spans of one paragraph.
    private static func spans(in bytes: [UInt8], _ paragraph: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = paragraph.lowerBound
        while index < paragraph.upperBound {
            guard bytes[index] == UInt8(ascii: "`"), !isEscaped(bytes, index, from: paragraph.lowerBound) else {
                index += 1
                continue
            }
            let length = runLength(bytes, at: index, end: paragraph.upperBound)
            var search = index + length
            var closed: Int?
            while search < paragraph.upperBound {
                guard bytes[search] == UInt8(ascii: "`") else {
                    search += 1
                    continue
                }
                let found = runLength(bytes, at: search, end: paragraph.upperBound)
                if found == length {
                    closed = search + found
                    break
                }
                search += found
            }
            if let closed {
                spans.append(index..<closed)
                index = closed
            } else {
                index += length
            }
        }
        return spans
    }

    private static func runLength(_ bytes: [UInt8], at start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "`") { index += 1 }
        return index - start
    }

    /// Whether an odd number of backslashes stands right before `index`.
    private static func isEscaped(_ bytes: [UInt8], _ index: Int, from start: Int) -> Bool {
        var count = 0
        var at = index - 1
        while at >= start, bytes[at] == UInt8(ascii: "\\") {
            count += 1
            at -= 1
        }
        return count % 2 == 1
    }

    /// Whether `range` holds only spaces, tabs and carriage returns.
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }
}
