/// Text made safe to put in HTML or XML, in an element or a quoted attribute.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`, and `'` as `apostrophe` when one is given (`&#39;` in
    /// HTML, `&apos;` in XML, for attributes quoted either way). Goes by byte, so by Unicode
    /// scalar, not by character: a `"` followed by a combining mark is one `Character` that is
    /// not `"`, yet a browser still reads the quote. A text with nothing to escape is returned
    /// as it is, without a copy.
    public static func escape(_ text: String, apostrophe: String? = nil) -> String {
        guard needsEscaping(text, apostrophes: apostrophe != nil) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        append(text, to: &escaped, apostrophe: apostrophe)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Appends `text` to `bytes`, escaped as `escape` does it.
    public static func append(_ text: String, to bytes: inout [UInt8], apostrophe: String? = nil) {
        guard needsEscaping(text, apostrophes: apostrophe != nil) else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): if let apostrophe { bytes += apostrophe.utf8 } else { bytes.append(byte) }
            default: bytes.append(byte)
            }
        }
    }

    /// Whether any byte of `text` needs escaping: over the text's own buffer when it has one
    /// (a native string), which is several times faster than through its `utf8` view.
    private static func needsEscaping(_ text: String, apostrophes: Bool) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { needsEscape($0, apostrophes: apostrophes) }
        }
        return found ?? text.utf8.contains { needsEscape($0, apostrophes: apostrophes) }
    }

    private static func needsEscape(_ byte: UInt8, apostrophes: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return true
        case UInt8(ascii: "'"): return apostrophes
        default: return false
        }
    }
}
