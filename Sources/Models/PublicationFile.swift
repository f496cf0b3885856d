import Diagnostics

/// A file a publication links to: its PDF, slides, poster or supplementary material, as a URL or
/// as a path the site assembly resolves (against the `.bib` file's folder, then `assets/pdf/`)
/// and, for the paper's own PDF, copies into the paper's folder.
public struct PublicationFile: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case pdf, slides, poster, supp

        public var label: String {
            switch self {
            case .pdf: return "PDF"
            case .slides: return "Slides"
            case .poster: return "Poster"
            case .supp: return "Supplementary material"
            }
        }
    }

    public enum Reference: Sendable, Hashable {
        /// An absolute URL (`https://…`): linked as it is.
        case url(WebURL)
        /// A path as written in the field (`papers/x.pdf`, `/assets/pdf/x.pdf`), to resolve.
        case path(String)
        /// No field: a file `KEY.pdf` (`KEY.slides.pdf`, `KEY.poster.pdf`) next to the `.bib` file, if there is one.
        case conventional
    }

    /// Where in its entry a reference is written, counted from the entry's first line, so that
    /// an entry that moves in its file (lines added above it) is the same publication.
    public struct Place: Sendable, Hashable {
        /// Lines below the entry's first line (0: on it).
        public var lines: Int
        public var column: Int

        public init(lines: Int, column: Int) {
            self.lines = lines
            self.column = column
        }

        /// The place at `location` in the entry that starts at `entry`.
        public init(_ location: SourceLocation, inEntryAt entry: SourceLocation) {
            self.init(lines: location.line - entry.line, column: location.column)
        }

        /// The position in the file of the entry that starts at `entry`.
        public func location(inEntryAt entry: SourceLocation) -> SourceLocation {
            SourceLocation(path: entry.path, line: entry.line + lines, column: column)
        }
    }

    public var role: Role
    public var reference: Reference
    /// Where a "missing file" warning points: the field's value, or the entry for `.conventional`.
    public var place: Place
    /// The text of that line, for the caret.
    public var sourceLine: String?

    public init(role: Role, reference: Reference, place: Place, sourceLine: String?) {
        self.role = role
        self.reference = reference
        self.place = place
        self.sourceLine = sourceLine
    }
}
