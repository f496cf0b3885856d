import Diagnostics

/// One `@…` command of a `.bib` file as read, before the file's entries are checked against
/// each other (duplicate keys) and `crossref`s are resolved: what `BibTeXReader` keeps of a
/// reading so that the next reading of an edited file can take the commands that did not change.
struct BibCommand: Sendable {
    enum Made: Sendable {
        case entry(BibEntry)
        case preamble(BibPreamble)
        /// `@string`, `@comment`, or a command lost to a syntax error.
        case nothing
    }

    /// The byte offset of its `@`.
    var start: Int
    /// The offset after the last byte reading it looked at: past the next command's `@` when a
    /// syntax error was found beyond it (reading resumes at the first line starting with `@`
    /// after the command's first line).
    var reach: Int
    /// The `@string` macros defined before it: with the bytes from `start` on, all that reading
    /// it depends on.
    var macros: [String: String]
    var made: Made
    var diagnostics: [Diagnostic]
    /// Whether a diagnostic's message names a line (a duplicate field names the first one's), so
    /// that the command, moved in its file, must be read again rather than have its positions moved.
    var mentionsLines: Bool

    /// The command moved by `bytes` bytes and `lines` lines in a file whose lines are `fileLines`
    /// (its diagnostics' lines taken from there); columns stay, as the caller checked.
    func moved(bytes: Int, lines: Int, fileLines: LineIndex) -> BibCommand {
        var moved = self
        moved.start += bytes
        moved.reach += bytes
        moved.diagnostics = diagnostics.map { $0.moved(lines: lines, fileLines: fileLines) }
        switch made {
        case .entry(var entry):
            entry.location = entry.location.moved(lines: lines)
            for index in entry.fields.indices {
                entry.fields[index].nameLocation = entry.fields[index].nameLocation.moved(lines: lines)
                entry.fields[index].valueLocation = entry.fields[index].valueLocation.moved(lines: lines)
            }
            moved.made = .entry(entry)
        case .preamble(var preamble):
            preamble.location = preamble.location.moved(lines: lines)
            moved.made = .preamble(preamble)
        case .nothing:
            break
        }
        return moved
    }
}
