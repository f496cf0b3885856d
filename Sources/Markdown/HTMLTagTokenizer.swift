/// Splits a piece of raw HTML into text, tags and comments the way the HTML standard's
/// tokenizer does (tag names and attribute names lowercased, `<a/href=x>` is an `href`,
/// `<!-->` is a whole comment), so that a sanitizer sees what a browser would see.
///
/// Character references are left undecoded; `HTMLCharacterReferences` decodes attribute values.
public struct HTMLTagTokenizer {
    public struct Attribute: Sendable {
        public var name: String
        /// The value as written, without its quotes; nil for an attribute without `=`.
        public var rawValue: String?
    }

    public struct Tag: Sendable {
        public var name: String
        public var attributes: [Attribute]
        public var selfClosing: Bool
    }

    public enum Token: Sendable {
        /// Text up to the next tag; a lone `<` that opens no tag is text of its own.
        case text(String)
        case startTag(Tag)
        case endTag(name: String)
        /// A comment, or what browsers read as one: `<!DOCTYPE>`, `<![CDATA[…]]>`, `<?…>`, `</1>`.
        case comment
        /// A tag or comment that the input ends inside; holds its text.
        case unterminated(String)
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    /// Each token with the offset (in Unicode scalars) at which it starts.
    public static func tokens(of html: String) -> [(offset: Int, token: Token)] {
        var tokenizer = HTMLTagTokenizer(html)
        var tokens: [(offset: Int, token: Token)] = []
        while tokenizer.index < tokenizer.scalars.count {
            let start = tokenizer.index
            tokens.append((start, tokenizer.next()))
        }
        return tokens
    }

    private mutating func next() -> Token {
        let start = index
        guard scalars[index] == "<", index + 1 < scalars.count else { return text() }
        let following = scalars[index + 1]
        if Self.isLetter(following) {
            index += 1
            return tag(isEnd: false, start: start)
        }
        switch following {
        case "/":
            guard index + 2 < scalars.count else { return text() }
            if Self.isLetter(scalars[index + 2]) {
                index += 2
                return tag(isEnd: true, start: start)
            }
            return bogusComment(start: start)
        case "!":
            return hasPrefix("<!--") ? comment(start: start) : bogusComment(start: start)
        case "?":
            return bogusComment(start: start)
        default:
            index += 1
            return .text("<")
        }
    }

    /// Text up to the next `<` (a `<` at the start is taken as text).
    private mutating func text() -> Token {
        let start = index
        index += 1
        while index < scalars.count, scalars[index] != "<" { index += 1 }
        return .text(string(start..<index))
    }

    /// `<!--` up to `-->` or `--!>`; `<!-->` and `<!--->` are whole comments.
    private mutating func comment(start: Int) -> Token {
        index = start + 4
        if hasPrefix(">") || hasPrefix("->") {
            index += hasPrefix(">") ? 1 : 2
            return .comment
        }
        while index < scalars.count {
            for end in ["-->", "--!>"] where hasPrefix(end) {
                index += end.unicodeScalars.count
                return .comment
            }
            index += 1
        }
        return .unterminated(string(start..<index))
    }

    /// `<!…>`, `<?…>` or `</…>` not naming a tag: a comment up to the next `>`.
    private mutating func bogusComment(start: Int) -> Token {
        index = start + 2
        while index < scalars.count, scalars[index] != ">" { index += 1 }
        guard index < scalars.count else { return .unterminated(string(start..<index)) }
        index += 1
        return .comment
    }

    /// A start or end tag from its name (at `index`) to its `>`.
    private mutating func tag(isEnd: Bool, start: Int) -> Token {
        var name = ""
        while index < scalars.count, !Self.isWhitespace(scalars[index]), scalars[index] != "/", scalars[index] != ">" {
            name.unicodeScalars.append(Self.lowercased(scalars[index]))
            index += 1
        }
        var attributes: [Attribute] = []
        var selfClosing = false
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isWhitespace(scalar) {
                index += 1
            } else if scalar == ">" {
                index += 1
                return isEnd ? .endTag(name: name) : .startTag(Tag(name: name, attributes: attributes, selfClosing: selfClosing))
            } else if scalar == "/" {
                index += 1
                selfClosing = index < scalars.count && scalars[index] == ">"
            } else {
                attributes.append(attribute())
                selfClosing = false
            }
        }
        return .unterminated(string(start..<index))
    }

    /// One attribute from its name's first character; a leading `=` belongs to the name.
    private mutating func attribute() -> Attribute {
        var name = String(Character(Self.lowercased(scalars[index])))
        index += 1
        while index < scalars.count, !Self.isWhitespace(scalars[index]), !"/>=".unicodeScalars.contains(scalars[index]) {
            name.unicodeScalars.append(Self.lowercased(scalars[index]))
            index += 1
        }
        while index < scalars.count, Self.isWhitespace(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index] == "=" else { return Attribute(name: name, rawValue: nil) }
        index += 1
        while index < scalars.count, Self.isWhitespace(scalars[index]) { index += 1 }
        guard index < scalars.count else { return Attribute(name: name, rawValue: "") }
        let quote = scalars[index]
        if quote == "\"" || quote == "'" {
            let valueStart = index + 1
            index = valueStart
            while index < scalars.count, scalars[index] != quote { index += 1 }
            let value = string(valueStart..<index)
            if index < scalars.count { index += 1 }
            return Attribute(name: name, rawValue: value)
        }
        let valueStart = index
        while index < scalars.count, !Self.isWhitespace(scalars[index]), scalars[index] != ">" { index += 1 }
        return Attribute(name: name, rawValue: string(valueStart..<index))
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// HTML's whitespace between attributes: tab, line feed, form feed, carriage return, space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" || scalar == "\r"
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
    }
}
