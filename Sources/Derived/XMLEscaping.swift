import Links

/// Escaping for XML text and attribute values.
enum XMLEscaping {
    /// `a&b<c` → `a&amp;b&lt;c`: the five characters XML gives meaning to become references.
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text, apostrophe: "&apos;")
    }
}

extension XMLEscaping {
    /// The text without the characters XML 1.0 cannot hold at all (controls other than tab and
    /// line breaks), which no escape can write either.
    static func removingInvalidCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvalid) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !isInvalid($0) })
        return String(kept)
    }

    private static func isInvalid(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
