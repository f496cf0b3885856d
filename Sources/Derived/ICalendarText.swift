/// The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): content lines end in CRLF and are
/// folded at 75 octets, and TEXT values escape `\`, `;`, `,` and line breaks.
enum ICalendarText {
    /// The longest line, in octets, without its CRLF.
    static let maxLineOctets = 75

    /// A TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line break (CRLF, CR or LF) → `\n`.
    /// Other control characters, which TEXT does not allow, are dropped; a tab is kept.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !previousWasCR { escaped += "\\n" }
            case "\t": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// One content line, folded: the first physical line holds at most 75 octets, each
    /// following one a space and at most 74 more; a fold never falls inside a UTF-8 sequence.
    /// Each physical line ends in CRLF.
    static func folded(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var room = maxLineOctets
        while bytes.count - start > room {
            var end = start + room
            // Step back to the first byte of the character the cut would split.
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            output += bytes[start..<end]
            output += [0x0D, 0x0A, 0x20]
            start = end
            room = maxLineOctets - 1
        }
        output += bytes[start...]
        output += [0x0D, 0x0A]
        return output
    }
}
