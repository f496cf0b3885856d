import Diagnostics

/// Reads a BibTeX or biblatex file: its entries in file order with raw values (macros
/// expanded, `#` joined, braces kept for the LaTeX stage), `crossref` and `xdata` resolved,
/// its `@preamble`s, and a diagnostic for each problem. Works on UTF-8 bytes; never throws.
public enum BibTeXReader {
    /// `text` is the file's content (already checked to be UTF-8), `path` its path as shown.
    public static func read(_ text: String, path: String) -> BibFile {
        read(text, path: path, earlier: nil).file
    }

    /// The same as `read(_:path:)`, taking from `earlier` (a reading of an earlier version of
    /// the file) the commands before the first changed byte and those after the last one, which
    /// are read the same when the `@string` macros before them are the same: editing one entry
    /// of a file of thousands reads that entry again, not the file.
    public static func read(_ text: String, path: String, earlier: BibReading?) -> BibReading {
        let bytes = Array(text.utf8)
        let lines = LineIndex(bytes: bytes)
        var parser = BibParser(bytes: bytes, path: path, lines: lines)
        let commands: [BibCommand]
        if let earlier, earlier.path == path {
            commands = BibReread(earlier: earlier, bytes: bytes, lines: lines).commands(with: &parser)
        } else {
            commands = parser.readAll()
        }
        return BibReading(
            path: path, bytes: bytes, commands: commands, commandsRead: parser.commandsRead,
            file: file(of: commands, path: path, lines: lines))
    }

    /// The file the commands make: a duplicate key is left out with a warning (the first
    /// wins), `@xdata` entries lend their fields, and `crossref`s are resolved.
    private static func file(of commands: [BibCommand], path: String, lines: LineIndex) -> BibFile {
        var file = BibFile(path: path, entries: [], preambles: [], diagnostics: [], lines: lines)
        var dataEntries: [BibEntry] = []
        /// Keys seen so far, lower-cased (as BibTeX compares them), with where each was defined.
        var keys: [String: SourceLocation] = [:]
        for command in commands {
            file.diagnostics += command.diagnostics
            switch command.made {
            case .nothing:
                continue
            case .preamble(let preamble):
                file.preambles.append(preamble)
            case .entry(var entry):
                let folded = entry.key.lowercased()
                if let first = keys[folded] {
                    file.diagnostics.append(file.diagnostic(
                        .warning, "duplicate key '\(entry.key)': the entry at \(first) is kept, this one is ignored", at: entry.location))
                    continue
                }
                keys[folded] = entry.location
                if entry.writtenType == BibEntryTypes.xdata {
                    dataEntries.append(entry)
                    continue
                }
                if !BibEntryTypes.known.contains(entry.writtenType) {
                    file.diagnostics.append(file.diagnostic(
                        .warning, "unknown entry type '@\(entry.writtenType)': read as '\(BibEntryTypes.other)'", at: entry.location))
                    entry.type = BibEntryTypes.other
                }
                file.entries.append(entry)
            }
        }
        CrossrefResolver.resolve(&file, dataEntries: dataEntries)
        return file
    }
}

/// One reading of a `.bib` file: the file it makes, and what the next reading of the file's
/// next version may take from it.
public struct BibReading: Sendable {
    let path: String
    let bytes: [UInt8]
    /// In file order.
    let commands: [BibCommand]
    /// How many of `commands` were read, rather than taken from the earlier reading.
    let commandsRead: Int
    public let file: BibFile
}
