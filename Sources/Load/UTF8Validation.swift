import Diagnostics

/// Finds the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
public enum UTF8Validation {
    public static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            if bytes[index + 1] < lower || bytes[index + 1] > upper { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// The bytes as text, each byte that breaks UTF-8 shown as `\xE9`: how a file name that is
    /// not UTF-8 is named in a diagnostic.
    public static func escapingInvalidBytes(_ bytes: [UInt8]) -> String {
        var text = ""
        var rest = bytes[...]
        while let offset = firstInvalidByte(in: Array(rest)) {
            let byte = rest[rest.startIndex + offset]
            text += String(decoding: rest.prefix(offset), as: UTF8.self)
            text += PrintableText.escape(byte: byte)
            rest = rest.dropFirst(offset + 1)
        }
        return text + String(decoding: rest, as: UTF8.self)
    }
}
