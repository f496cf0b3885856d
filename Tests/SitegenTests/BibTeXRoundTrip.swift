import BibTeX

/// What must hold for any entry the reader gives: its written-back text reads back, without an
/// error, as one entry of the same type and key whose fields are the entry's own and inherited
/// ones, with the same values, less the site-only and link fields. Returns the broken rules.
enum BibTeXRoundTrip {
    static func problems(of entry: BibEntry) -> [String] {
        let text = BibTeXWriter.write(entry)
        let file = BibTeXReader.read(text, path: "written.bib")
        var problems = file.diagnostics.errors.map { "\(entry.key): \($0.headline) reading back \(text.debugDescription)" }
        guard file.entries.count == 1, let back = file.entries.first else {
            return problems + ["\(entry.key): \(file.entries.count) entries read back from \(text.debugDescription)"]
        }
        if (back.type, back.writtenType, back.key) != (entry.type, entry.writtenType, entry.key) {
            problems.append("\(entry.key): read back as @\(back.writtenType) (\(back.type)) '\(back.key)' from \(text.debugDescription)")
        }
        let dropped = BibWriteBackFields.siteOnly.union(BibWriteBackFields.links)
        let expected = entry.fields.filter { !dropped.contains($0.name) }.map { "\($0.name) = \($0.value)" }.sorted()
        let found = back.fields.map { "\($0.name) = \($0.value)" + ($0.inheritedFrom.map { " < \($0)" } ?? "") }.sorted()
        if found != expected {
            problems.append("\(entry.key): fields \(found) read back, \(expected) written, from \(text.debugDescription)")
        }
        return problems
    }
}
