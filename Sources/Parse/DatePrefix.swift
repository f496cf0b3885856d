import Models

/// Jekyll's date prefix of a post's name (`2019-05-03-l2s.md`): the parse stage reads a page's
/// date from it, and the assembly its title.
public enum DatePrefix {
    /// The date and the rest of a name that starts with `YYYY-MM-DD-`; nil for other names.
    public static func split(_ name: String) -> (date: ContentDate, rest: String)? {
        let bytes = name.utf8
        guard bytes.count > 11, bytes[bytes.index(bytes.startIndex, offsetBy: 10)] == UInt8(ascii: "-"),
              let date = ContentDate(parsing: String(Substring(bytes.prefix(10)))) else { return nil }
        return (date, String(Substring(bytes.dropFirst(11))))
    }
}
