import Diagnostics

/// Line and column of byte offsets asked for in increasing order, found by scanning forward
/// from the last one (the reader asks in file order); an earlier offset falls back to the
/// `LineIndex`. Line ends and columns are counted as `LineIndex` counts them.
struct PositionCursor {
    private let bytes: [UInt8]
    private let lines: LineIndex
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], lines: LineIndex) {
        self.bytes = bytes
        self.lines = lines
    }

    /// A cursor that starts at byte `offset` (its position found in `lines`).
    init(bytes: [UInt8], lines: LineIndex, from offset: Int) {
        self.init(bytes: bytes, lines: lines)
        self.offset = min(max(0, offset), bytes.count)
        (line, column) = lines.position(ofByte: self.offset)
    }

    mutating func position(ofByte target: Int) -> (line: Int, column: Int) {
        let target = min(max(0, target), bytes.count)
        guard target >= offset else { return lines.position(ofByte: target) }
        while offset < target {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (offset == bytes.count || bytes[offset] != UInt8(ascii: "\n"))) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
