import CYaml
import Diagnostics

/// Turns libyaml's marks into 1-based lines and columns that count only LF, CRLF and a CR
/// alone as line ends, as `LineIndex` and the rest of sitegen do.
///
/// libyaml reads YAML 1.1, where NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
/// SEPARATOR (U+2029) also end a line, so its own line numbers run ahead of the file's after
/// one of them. Its mark `index` counts characters (Unicode scalars, a CRLF as two) from the
/// start of the text, so the position is found from that index instead.
struct YAMLPositions {
    /// Scalar offset at which each line starts.
    private let lineStarts: [Int]
    /// The YAML text, for the positions of byte offsets.
    private let text: String

    init(text: String) {
        self.text = text
        var starts = [0]
        var scalars = 0
        var afterCR = false
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            // A CR ends a line unless an LF follows: then the LF ends it.
            if afterCR, byte != UInt8(ascii: "\n") { starts.append(scalars) }
            scalars += 1
            afterCR = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") { starts.append(scalars) }
        }
        if afterCR { starts.append(scalars) }
        self.lineStarts = starts
    }

    /// The position of a libyaml mark.
    func mark(_ mark: yaml_mark_t) -> YAMLMark {
        let index = Int(mark.index)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return YAMLMark(line: low + 1, column: index - lineStarts[low] + 1)
    }

    /// The position of a byte offset, which libyaml gives for reader errors (control
    /// characters, invalid UTF-8) instead of a mark.
    func mark(ofByte offset: Int) -> YAMLMark {
        let position = LineIndex(text: text).position(ofByte: offset)
        return YAMLMark(line: position.line, column: position.column)
    }
}
