import Diagnostics
import Foundation
import Parallel

/// Everything the load stage read from the site folder.
public struct LoadedSite: Sendable {
    public var config: SourceFile?
    /// Files under `content/` that a source format takes, in path order: read, or only listed
    /// when the loader does not read ahead.
    public var sources: [SourceInput] = []
    /// Files under `content/` that no source format takes (images, PDFs), copied as they are.
    public var staticFiles: [SiteScanner.Entry] = []
    public var theme: Theme
    public var diagnostics: [Diagnostic] = []
    /// The files under `content/`, for the next build's `previousListing`.
    public var listing = ContentListing()
}

/// The load stage: lists the site's files and reads the ones later stages need, in parallel.
public struct SiteLoader {
    let scanner: SiteScanner
    /// Whether a file under `content/` is a source to parse (by its path); the rest are copied.
    let isSource: (String) -> Bool
    /// Content files read by the previous build, reused when their stamp has not moved.
    var previous: [String: LoadedFile]
    /// Paths to read again whatever their stamp says (a watcher saw them change).
    var invalidated: Set<String>?
    /// What the previous build loaded: with `invalidated`, only those paths are asked about
    /// again, when that tells all (`ContentListing.updated`), and the rest is kept as it was.
    public var previousSite: LoadedSite?
    /// Whether sources are read here (and returned for the next build's `previous`), or only
    /// listed, for the parse to read one at a time.
    public var readsAhead = true

    public init(
        scanner: SiteScanner, isSource: @escaping (String) -> Bool, previous: [String: LoadedFile] = [:],
        invalidated: Set<String>? = nil
    ) {
        self.scanner = scanner
        self.isSource = isSource
        self.previous = previous
        self.invalidated = invalidated
    }

    /// The site as read; every source file by path, for the next build's `previous`; and the
    /// paths of the sources that may differ from the previous build's (read again, new or
    /// gone), nil when any may. Takes `previous` and `previousSite` (they are updated, not copied).
    public mutating func load() -> (site: LoadedSite, files: [String: LoadedFile], changed: Set<String>?) {
        let themed = Theme.load(siteRoot: scanner.root, scanner: scanner)
        var loaded = LoadedSite(theme: themed.theme, diagnostics: themed.diagnostics)
        let configURL = scanner.root.appendingPathComponent(SiteLayout.configFile)
        if let data = FileManager.default.contents(atPath: configURL.path) {
            loaded.config = SourceFile(path: SiteLayout.configFile, bytes: [UInt8](data))
        }
        var (files, earlier) = (previous, previousSite)
        (previous, previousSite) = ([:], nil)
        if readsAhead, let invalidated, var earlier, let changed = update(&earlier, files: &files, with: invalidated) {
            (earlier.theme, earlier.config, earlier.diagnostics) = (loaded.theme, loaded.config, loaded.diagnostics + earlier.diagnostics)
            return (earlier, files, changed)
        }
        let content = listContent(earlier?.listing)
        loaded.listing = ContentListing(entries: content.entries, diagnostics: content.diagnostics)
        loaded.diagnostics += content.diagnostics
        let contentFolder = scanner.root.appendingPathComponent(SiteLayout.contentFolder).path
        if content.entries.isEmpty, !FileManager.default.fileExists(atPath: contentFolder) {
            loaded.diagnostics.append(.warning("no content/ folder: the site has only a home page", at: nil))
        }
        var sources: [SiteScanner.Entry] = []
        for entry in content.entries {
            if isSource(entry.path) {
                sources.append(entry)
            } else {
                loaded.staticFiles.append(entry)
            }
        }
        guard readsAhead else {
            loaded.sources = sources.map(SourceInput.listed)
            return (loaded, [:], nil)
        }
        let previous = files
        let invalidated = self.invalidated
        let reads = sources.parallelMap { entry -> Result<LoadedFile, Diagnostic> in
            if let known = previous[entry.path], known.stamp == entry.stamp, invalidated?.contains(entry.path) != true {
                return .success(known)
            }
            return SourceInput.read(entry).map { LoadedFile(stamp: entry.stamp, file: $0) }
        }
        files = [:]
        for read in reads {
            switch read {
            case .success(let read):
                loaded.sources.append(.read(read.file))
                files[read.file.path] = read
            case .failure(let diagnostic): loaded.diagnostics.append(diagnostic)
            }
        }
        return (loaded, files, nil)
    }

    private func listContent(_ previousListing: ContentListing?) -> (entries: [SiteScanner.Entry], diagnostics: [Diagnostic]) {
        if let invalidated, let updated = previousListing?.updated(with: invalidated, scanner: scanner, folder: SiteLayout.contentFolder) {
            return (updated.entries, updated.diagnostics)
        }
        return scanner.files(in: SiteLayout.contentFolder)
    }
}
