/// What a publication from a `.bib` file keeps of its entry: the key, and the entry written
/// back in one clean style (crossref resolved, `@string`s expanded, site-only fields removed),
/// shown on the paper's page and written as `/publications/KEY/KEY.bib`.
public struct BibTeXRecord: Sendable, Hashable {
    public var key: String
    public var text: String
    /// The `.bib` file the entry comes from (`content/publications.bib`), for resolving file paths.
    public var sourcePath: String

    public init(key: String, text: String, sourcePath: String) {
        self.key = key
        self.text = text
        self.sourcePath = sourcePath
    }
}
