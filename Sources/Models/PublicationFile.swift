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

    public var role: Role
    public var reference: Reference
    /// Where a "missing file" warning points: the field's value, or the entry for `.conventional`.
    public var location: SourceLocation
    /// The text of that line, for the caret.
    public var sourceLine: String?

    public init(role: Role, reference: Reference, location: SourceLocation, sourceLine: String?) {
        self.role = role
        self.reference = reference
        self.location = location
        self.sourceLine = sourceLine
    }
}
