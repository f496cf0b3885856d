/// Writes an entry back as BibTeX for readers to copy, in one style whatever the source file's:
///
///     @inproceedings{key,
///       author = {Doe, Jane},
///       title = {The {ReLU} Paper},
///       year = {2021}
///     }
///
/// The type as the file wrote it, lower-cased; the fields in `BibWriteBackFields.order`, the
/// site-only and link fields left out; inherited (`crossref`, `xdata`) fields written as the
/// entry's own; each value as the reader stored it (`@string`s expanded, inner braces kept; a
/// month as its macro, `mar`) in braces, two spaces in. Reading the text back gives the same entry.
public enum BibTeXWriter {
    /// The entry as text, ending with a line break.
    public static func write(_ entry: BibEntry) -> String {
        // A key read from `@type(…)` may hold a '}': such an entry is written in parentheses.
        let (opening, closing) = entry.key.contains("}") ? ("(", ")") : ("{", "}")
        let fields = BibWriteBackFields.written(entry.fields)
        var text = "@"
        text.reserveCapacity(entry.fields.reduce(entry.key.utf8.count + 32) { $0 + $1.name.utf8.count + $1.value.utf8.count + 10 })
        text += entry.writtenType
        text += opening
        text += entry.key
        for field in fields {
            text += ",\n  "
            text += field.name
            text += " = "
            text += field.name == "month" ? monthValue(field.value) : value(field.value)
        }
        text += fields.isEmpty ? closing + "\n" : "\n" + closing + "\n"
        return text
    }

    /// A month the reader stored as its number (`3`) is written as the month macro (`mar`), which
    /// reads back as the same number and which classic styles print as the month's name.
    static func monthValue(_ text: String) -> String {
        guard let number = Int(text), (1...12).contains(number) else { return value(text) }
        return monthMacros[number - 1]
    }

    private static let monthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `text` as a BibTeX value that reads back as `text`: in braces, which keep any `"`, `@`,
    /// `%`, `#` or `,` inside as text. A group nested as deep as the reader allows
    /// (`BibScanner.maximumBraceDepth`, reachable from a quoted value) would go one level too deep
    /// in braces: it is written as a quoted piece, joined to the rest with `#`. A brace without
    /// its pair (never in a value the reader made) is dropped or closed at the end.
    static func value(_ text: String) -> String {
        if isPlainBraceable(text) { return "{\(text)}" }
        let balanced = balancedBraces(text)
        var pieces: [String] = []
        var plain = ""
        var group = ""
        var depth = 0
        var groupDepth = 0
        for character in balanced.unicodeScalars {
            if depth == 0, character != "{" {
                plain.unicodeScalars.append(character)
                continue
            }
            group.unicodeScalars.append(character)
            if character == "{" {
                depth += 1
                groupDepth = max(groupDepth, depth)
            } else if character == "}" {
                depth -= 1
            }
            guard depth == 0 else { continue }
            if groupDepth >= BibScanner.maximumBraceDepth {
                if !plain.isEmpty { pieces.append("{\(plain)}") }
                pieces.append("\"\(group)\"")
                plain = ""
            } else {
                plain += group
            }
            group = ""
            groupDepth = 0
        }
        if !plain.isEmpty || pieces.isEmpty { pieces.append("{\(plain)}") }
        return pieces.joined(separator: " # ")
    }

    /// Whether `text`'s braces pair up and nest less deep than the reader allows: the usual case.
    private static func isPlainBraceable(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") {
                depth += 1
                if depth >= BibScanner.maximumBraceDepth { return false }
            } else if byte == UInt8(ascii: "}") {
                if depth == 0 { return false }
                depth -= 1
            }
        }
        return depth == 0
    }

    /// `text` with each `}` that closes nothing dropped and each `{` left open closed at the end.
    private static func balancedBraces(_ text: String) -> String {
        var depth = 0
        var result = ""
        for character in text.unicodeScalars {
            if character == "{" {
                depth += 1
            } else if character == "}" {
                guard depth > 0 else { continue }
                depth -= 1
            }
            result.unicodeScalars.append(character)
        }
        return depth == 0 ? result : result + String(repeating: "}", count: depth)
    }
}
