/// Which page a page is, across builds: what the memos of the parse and render stages, the
/// assembly's checks and diagnostics name it by. A source file may hold one page or many, so
/// a page's identity is not its file's path alone.
public enum PageID: Hashable, Sendable, CustomStringConvertible {
    /// A page from a source file: the file's only page (`content/news/a.md`), or one entry of a
    /// file that holds many (`content/publications.bib` and `knuth1984`).
    case source(path: String, entry: String?)
    /// A page sitegen makes itself, named by the file it writes: a section list, the home page
    /// of a site without one, the 404 page.
    case generated(outputPath: String)

    /// The file the page comes from; nil for a generated page.
    public var sourcePath: String? {
        switch self {
        case .source(let path, _): return path
        case .generated: return nil
        }
    }

    /// The entry's key, for a page that is one entry of a file of many.
    public var entry: String? {
        switch self {
        case .source(_, let entry): return entry
        case .generated: return nil
        }
    }

    /// Hashes the entry's key alone when there is one, not its file's path as well: the memos
    /// look up thousands of entries of one file per rebuild, and keys are unique within a file.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .source(let path, let entry):
            hasher.combine(0)
            if let entry { hasher.combine(entry) } else { hasher.combine(path) }
        case .generated(let outputPath):
            hasher.combine(1)
            hasher.combine(outputPath)
        }
    }

    /// `content/news/a.md`, `content/publications.bib#knuth1984`, `generated:news/index.html`.
    public var description: String {
        switch self {
        case .source(let path, nil): return path
        case .source(let path, let entry?): return path + "#" + entry
        case .generated(let outputPath): return "generated:" + outputPath
        }
    }
}
