/// Text from the user's files (file names, YAML values, source lines) made safe to print on a
/// terminal or in the preview's overlay: characters that a terminal acts on, or that change
/// how the rest of the line reads, are shown as visible escapes.
///
/// - ASCII control characters and DEL as `\xNN` (`\x1B` for ESC, `\x7F`), except that a line
///   feed, carriage return and tab show as `\n`, `\r`, `\t`;
/// - C1 controls (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029) and the
///   bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) as `\u{202E}`.
///
/// `\xNN` always stands for one byte and `\u{…}` for one character, so a file name with bytes
/// that are not UTF-8 (which `SiteScanner` shows as `\xE9`) reads the same way. A backslash is
/// left as it is.
public enum PrintableText {
    /// `text` with every such character escaped.
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let escape = escape(for: scalar) { result += escape } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The visible form of one character, or nil when it prints as itself.
    public static func escape(for scalar: Unicode.Scalar) -> String? {
        guard needsEscape(scalar) else { return nil }
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            return scalar.isASCII ? escape(byte: UInt8(scalar.value)) : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }

    /// One byte as `\xNN` (two upper-case hex digits): a control character, or a byte of a
    /// name that is not UTF-8.
    public static func escape(byte: UInt8) -> String {
        (byte < 0x10 ? "\\x0" : "\\x") + String(byte, radix: 16, uppercase: true)
    }

    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
