import BibTeX
import Diagnostics
import Models

/// What `BibTeXFormat` keeps of one parse of a `.bib` file for the next: the reading (see
/// `BibTeXReader.read(_:path:earlier:)`), and each listed entry as read, with the page and
/// diagnostics made of it. An entry read again the same, or only moved in the file (lines
/// added or removed above it), keeps its page (the same content object, which holds no
/// position in the file) with its anchors and diagnostics moved, without being mapped again.
struct BibTeXFormatMemo: SourceFormatMemo {
    /// What was made of one entry.
    struct Mapped: Sendable {
        var entry: BibEntry
        /// Nil when the entry could not be listed (its date could not be read).
        var page: ParsedPage?
        var diagnostics: [Diagnostic]

        /// What was made of `entry`, the one this was made of moved down by `lines` (up when
        /// negative) in a file whose lines are now `fileLines`. The texts of the lines are taken
        /// again, since a line that holds the entry's start may hold the end of an edited one.
        func moved(by lines: Int, to entry: BibEntry, fileLines: LineIndex) -> Mapped {
            var moved = self
            moved.entry = entry
            moved.diagnostics = diagnostics.map { $0.moved(lines: lines, fileLines: fileLines) }
            guard var page, lines != 0 || page.anchors["file"]?.line != fileLines.line(entry.location.line) else { return moved }
            page.anchors = page.anchors.mapValues { anchor in
                let place = anchor.location.moved(lines: lines)
                return SourceAnchor(location: place, line: fileLines.line(place.line))
            }
            moved.page = page
            return moved
        }
    }

    /// The reading of the file, for the next reading of its next version.
    var reading: BibReading
    /// The texts of the file's `@preamble`s: the macros every entry was converted with.
    var preambles: [String]
    /// By entry key.
    var entries: [String: Mapped] = [:]
}
