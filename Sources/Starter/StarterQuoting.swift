/// The owner's answers written into the starter files so that they read back as typed.
enum StarterQuoting {
    /// A YAML double-quoted scalar: `"Dr. \"Ada\" Quinlan"`.
    static func yaml(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// Text inside a braced BibTeX value: `%`, `&` and `$` escaped as LaTeX writes them, braces
    /// and backslashes (which no name needs) left out, so that the value stays one value.
    static func bibTeX(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "{", "}", "\\": continue
            case "%", "&", "$": escaped += "\\" + String(character)
            case _ where character.isNewline || character == "\t": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Text in a line of Markdown, shown as typed: line breaks become spaces, and the characters
    /// that would start emphasis, code, a link, raw HTML, an entity or a formula are escaped.
    static func markdown(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character.isNewline {
                escaped += " "
            } else {
                if "\\`*_[]<>&$".contains(character) { escaped += "\\" }
                escaped.append(character)
            }
        }
        return escaped
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
