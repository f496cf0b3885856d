/// Writes an entry back as BibTeX for readers to copy: one field per line, values in braces.
public enum BibTeXWriter {
    /// The entry as text, ending with a line break.
    public static func write(_ entry: BibEntry) -> String {
        var text = "@\(entry.writtenType){\(entry.key),\n"
        for field in entry.fields {
            text += "  \(field.name) = {\(field.value)},\n"
        }
        return text + "}\n"
    }
}
