/// Splits TeX source into tokens, working on its UTF-8 bytes.
enum TeXTokenizer {
    static func tokens(of source: String) -> [TeXToken] {
        var utf8 = Array(source.utf8)
        utf8.append(0)
        var tokens: [TeXToken] = []
        tokens.reserveCapacity(utf8.count)
        var index = 0
        let count = utf8.count - 1
        func add(_ kind: TeXToken.Kind, _ start: Int, _ end: Int) {
            tokens.append(TeXToken(kind: kind, offset: Int32(start), length: Int32(end - start)))
        }
        while index < count {
            let start = index
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\\"):
                index += 1
                if index >= count {
                    add(.command(""), start, index)
                } else if isLetter(utf8[index]) {
                    while index < count, isLetter(utf8[index]) { index += 1 }
                    add(.command(String(decoding: utf8[(start + 1)..<index], as: UTF8.self)), start, index)
                } else {
                    let length = scalarLength(utf8[index])
                    index = min(index + length, count)
                    add(.command(String(decoding: utf8[(start + 1)..<index], as: UTF8.self)), start, index)
                }
            case UInt8(ascii: "{"): index += 1; add(.beginGroup, start, index)
            case UInt8(ascii: "}"): index += 1; add(.endGroup, start, index)
            case UInt8(ascii: "^"): index += 1; add(.superscript, start, index)
            case UInt8(ascii: "_"): index += 1; add(.subscript, start, index)
            case UInt8(ascii: "&"): index += 1; add(.alignment, start, index)
            case UInt8(ascii: "~"): index += 1; add(.tie, start, index)
            case UInt8(ascii: "%"):
                while index < count, utf8[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "#"):
                index += 1
                if index < count, utf8[index] >= UInt8(ascii: "1"), utf8[index] <= UInt8(ascii: "9") {
                    index += 1
                    add(.parameter(Int(utf8[index - 1] - UInt8(ascii: "0"))), start, index)
                } else {
                    add(.character("#"), start, index)
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                while index < count, isSpace(utf8[index]) { index += 1 }
                add(.space, start, index)
            default:
                if byte < 0x80 {
                    index += 1
                    add(.character(Unicode.Scalar(byte)), start, index)
                } else {
                    let length = scalarLength(byte)
                    index = min(index + length, count)
                    let text = String(decoding: utf8[start..<index], as: UTF8.self)
                    add(.character(text.unicodeScalars.first ?? "\u{FFFD}"), start, index)
                }
            }
        }
        add(.end, count, count)
        return tokens
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
