import Content
import Diagnostics
import Foundation
import Parallel
import Parse
import Render

/// Everything the load stage read from the site folder.
struct LoadedSite: Sendable {
    var config: SourceFile?
    /// Files under `content/` that a source format takes, and the format, in path order.
    var sources: [(file: SourceFile, format: any SourceFormat)] = []
    /// Files under `content/` that no source format takes (images, PDFs), copied as they are.
    var staticFiles: [SiteScanner.Entry] = []
    var theme: Theme
    var diagnostics: [Diagnostic] = []
}

/// The load stage: lists the site's files and reads the ones later stages need, in parallel.
struct SiteLoader {
    let scanner: SiteScanner
    let formats: SourceFormats
    /// Content files read by the previous build, reused when their stamp has not moved.
    var previous: [String: BuildMemo.LoadedFile] = [:]
    /// Paths to read again whatever their stamp says (a watcher saw them change).
    var invalidated: Set<String>? = nil

    func load() -> (site: LoadedSite, files: [String: BuildMemo.LoadedFile]) {
        let themed = Theme.load(siteRoot: scanner.root, scanner: scanner)
        var loaded = LoadedSite(theme: themed.theme, diagnostics: themed.diagnostics)
        let configURL = scanner.root.appendingPathComponent(SiteBuilder.configFileName)
        if let data = FileManager.default.contents(atPath: configURL.path) {
            loaded.config = SourceFile(path: SiteBuilder.configFileName, bytes: [UInt8](data))
        }
        let content = scanner.files(in: "content")
        loaded.diagnostics += content.diagnostics
        if content.entries.isEmpty, !FileManager.default.fileExists(atPath: scanner.root.appendingPathComponent("content").path) {
            loaded.diagnostics.append(.warning("no content/ folder: the site has only a home page", at: nil))
        }
        var sources: [(entry: SiteScanner.Entry, format: any SourceFormat)] = []
        for entry in content.entries {
            if let format = formats.format(for: entry.path) {
                sources.append((entry, format))
            } else {
                loaded.staticFiles.append(entry)
            }
        }
        let previous = self.previous
        let invalidated = self.invalidated
        let reads = sources.map(\.entry).parallelMap { entry -> Result<BuildMemo.LoadedFile, Diagnostic> in
            if let known = previous[entry.path], known.stamp == entry.stamp, invalidated?.contains(entry.path) != true {
                return .success(known)
            }
            guard let data = FileManager.default.contents(atPath: entry.absolutePath) else {
                return .failure(.error("cannot read the file", at: .start(of: entry.path)))
            }
            return .success(BuildMemo.LoadedFile(stamp: entry.stamp, file: SourceFile(path: entry.path, bytes: [UInt8](data))))
        }
        var files: [String: BuildMemo.LoadedFile] = [:]
        for (read, source) in zip(reads, sources) {
            switch read {
            case .success(let read):
                loaded.sources.append((read.file, source.format))
                files[read.file.path] = read
            case .failure(let diagnostic): loaded.diagnostics.append(diagnostic)
            }
        }
        return (loaded, files)
    }
}
