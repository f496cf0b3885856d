/// Text made safe to put in HTML, in an element or a quoted attribute.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`. Goes by Unicode scalar, not by character: a `"` followed
    /// by a combining mark is one `Character` that is not `"`, yet a browser still reads the quote.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
