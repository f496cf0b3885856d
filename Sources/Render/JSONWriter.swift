import Foundation

/// Writes a `JSONValue` as compact JSON that can stand inside `<script type="application/ld+json">`.
///
/// Strings escape `"`, `\` and control characters as JSON requires, and also `<`, `>` and `&`
/// (as `\u003c`, `\u003e`, `\u0026`), so that neither `</script>` nor `<!--` can appear in the
/// output, and U+2028 and U+2029, which older JavaScript parsers refuse in strings. A JSON parser
/// reads back the same text.
enum JSONWriter {
    static func write(_ value: JSONValue) -> String {
        var output = ""
        write(value, to: &output)
        return output
    }

    private static func write(_ value: JSONValue, to output: inout String) {
        switch value {
        case .string(let text): writeString(text, to: &output)
        case .integer(let number): output += String(number)
        case .decimal(let number): output += number.description
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                writeString(member.key, to: &output)
                output += ":"
                write(member.value, to: &output)
            }
            output += "}"
        }
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// Writes runs of bytes that need no escape at once, not scalar by scalar.
    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        let bytes = text.utf8
        var run = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let (escape, length) = escape(at: index, in: bytes)
            guard let escape else {
                index = bytes.index(after: index)
                continue
            }
            output += Substring(bytes[run..<index])
            output += escape
            index = bytes.index(index, offsetBy: length)
            run = index
        }
        output += Substring(bytes[run...])
        output += "\""
    }

    /// What the byte at `index` is written as, and how many bytes that replaces; nil when it
    /// is written as it is.
    private static func escape(at index: String.UTF8View.Index, in bytes: String.UTF8View) -> (String?, Int) {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case UInt8(ascii: "\n"): return ("\\n", 1)
        case UInt8(ascii: "\r"): return ("\\r", 1)
        case UInt8(ascii: "\t"): return ("\\t", 1)
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x7F, ..<0x20: return (unicodeEscape(UInt32(byte)), 1)
        case 0xE2:
            // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in JavaScript.
            let rest = bytes[index...].dropFirst().prefix(2)
            guard rest.first == 0x80, let last = rest.dropFirst().first, last == 0xA8 || last == 0xA9 else { return (nil, 1) }
            return (unicodeEscape(last == 0xA8 ? 0x2028 : 0x2029), 3)
        default: return (nil, 1)
        }
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        var text = "\\u"
        for shift in stride(from: 12, through: 0, by: -4) {
            text.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
        return text
    }
}
