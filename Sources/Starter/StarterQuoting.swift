/// The owner's answers written into the starter files so that they read back as typed.
enum StarterQuoting {
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
