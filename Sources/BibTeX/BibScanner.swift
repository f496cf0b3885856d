/// A syntax error: what was expected, at which byte.
struct BibSyntaxError: Error {
    var message: String
    var offset: Int
}

/// A cursor over a `.bib` file's UTF-8 bytes that reads BibTeX's lexical pieces: white space,
/// identifiers, keys, and the pieces of a value (`{…}`, `"…"`, numbers). No recursion: brace
/// nesting is a counter, bounded by `maximumBraceDepth`.
struct BibScanner {
    /// Deeper nesting is an error: no real value needs it, and later stages need not guard.
    static let maximumBraceDepth = 256

    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// BibTeX's identifier characters: any printable one but `"#%'(),={}` (non-ASCII allowed).
    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return false
        default:
            return true
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    mutating func skipWhitespace() {
        while offset < bytes.count, Self.isWhitespace(bytes[offset]) { offset += 1 }
    }

    /// The bytes of an identifier starting here (not with a digit); nil if there is none.
    mutating func identifier() -> Range<Int>? {
        guard let first = current, Self.isIdentifierByte(first), !Self.isDigit(first) else { return nil }
        let start = offset
        while offset < bytes.count, Self.isIdentifierByte(bytes[offset]) { offset += 1 }
        return start..<offset
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text with ASCII letters lower-cased, as BibTeX compares names.
    func lowercasedText(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (index, byte) in bytes[range].enumerated() {
                buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    /// An entry key: everything up to white space, a comma or the entry's closing delimiter.
    mutating func key(closing: UInt8) -> String {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if Self.isWhitespace(byte) || byte == UInt8(ascii: ",") || byte == closing { break }
            offset += 1
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// The digits starting here, appended to `value`.
    mutating func number(into value: inout ValueBuffer) {
        while offset < bytes.count, Self.isDigit(bytes[offset]) {
            value.append(bytes[offset])
            offset += 1
        }
    }

    /// A `{…}` piece starting here: its content without the outer braces is appended.
    mutating func braced(into value: inout ValueBuffer) throws {
        let open = offset
        var depth = 1
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "{") {
                depth += 1
                if depth > Self.maximumBraceDepth { throw Self.tooDeep(at: offset - 1) }
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return }
            }
            value.append(byte)
        }
        throw BibSyntaxError(message: "this '{' is never closed", offset: open)
    }

    /// A `"…"` piece starting here: its content without the quotes is appended. A quote inside
    /// braces does not end it, as in BibTeX.
    mutating func quoted(into value: inout ValueBuffer) throws {
        let open = offset
        var depth = 0
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "{") {
                depth += 1
                if depth > Self.maximumBraceDepth { throw Self.tooDeep(at: offset - 1) }
            } else if byte == UInt8(ascii: "}") {
                if depth == 0 { throw BibSyntaxError(message: "'}' without a matching '{' in a quoted value", offset: offset - 1) }
                depth -= 1
            } else if byte == UInt8(ascii: "\""), depth == 0 {
                return
            }
            value.append(byte)
        }
        throw BibSyntaxError(message: "this '\"' is never closed", offset: open)
    }

    /// Skips a `@comment`'s `{…}` or `(…)` block starting here, counting its delimiters.
    mutating func skipBlock() throws {
        let open = offset
        let (opening, closing) = bytes[offset] == UInt8(ascii: "{") ? (UInt8(ascii: "{"), UInt8(ascii: "}")) : (UInt8(ascii: "("), UInt8(ascii: ")"))
        var depth = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == opening { depth += 1 } else if byte == closing {
                depth -= 1
                if depth == 0 { return }
            }
        }
        throw BibSyntaxError(message: "this '\(Character(Unicode.Scalar(opening)))' is never closed", offset: open)
    }

    mutating func skipLine() {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n"), bytes[offset] != UInt8(ascii: "\r") { offset += 1 }
    }

    /// Moves to the next `@` that starts a line (after spaces or tabs) after the line holding
    /// `offset`, or to the end: where reading resumes after a syntax error.
    mutating func resynchronise(after start: Int) {
        offset = start
        skipLine()
        while offset < bytes.count {
            while offset < bytes.count, bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r") { offset += 1 }
            while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") { offset += 1 }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "@") { return }
            skipLine()
        }
    }

    /// Moves to the next `@` (the text between entries is ignored, and so is an `@` after a
    /// `%` there, as in an e-mail address in a comment line); false at the end.
    mutating func moveToNextAt() -> Bool {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: "%") { skipLine() } else { offset += 1 }
        }
        return false
    }

    private static func tooDeep(at offset: Int) -> BibSyntaxError {
        BibSyntaxError(message: "braces nested deeper than \(maximumBraceDepth) levels", offset: offset)
    }
}

/// A value being built: white space runs become one space, none at the start; `text` drops a
/// trailing one.
struct ValueBuffer {
    private(set) var bytes: [UInt8] = []

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ byte: UInt8) {
        if BibScanner.isWhitespace(byte) {
            if let last = bytes.last, last != UInt8(ascii: " ") { bytes.append(UInt8(ascii: " ")) }
        } else {
            bytes.append(byte)
        }
    }

    mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    var text: String {
        let end = bytes.last == UInt8(ascii: " ") ? bytes.count - 1 : bytes.count
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }
}
