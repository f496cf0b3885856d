/// A file written beside a page rather than rendered from a template: a paper's `KEY.bib`, and
/// its PDF copied into the paper's folder (`/publications/KEY/KEY.pdf`, where Google Scholar
/// looks for it).
public struct PageAttachment: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The file's bytes (a paper's BibTeX written back).
        case bytes([UInt8])
        /// A copy of a file of the site, by its path in the site folder (`assets/pdf/a.pdf`).
        case siteFile(String)
    }

    /// Below the output folder: `publications/knuth1984/knuth1984.bib`.
    public var outputPath: String
    public var source: Source
    /// The source of the page it belongs to, for messages about two files with one path.
    public var origin: String

    public init(outputPath: String, source: Source, origin: String) {
        self.outputPath = outputPath
        self.source = source
        self.origin = origin
    }
}
