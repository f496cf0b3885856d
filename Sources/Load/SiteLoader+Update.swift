import Diagnostics

extension SiteLoader {
    /// `site`, the previous build's load, and `files`, its sources by path, after the files at
    /// `invalidated` changed: each of those under `content/` is asked about again and read again
    /// if it is a source, and nothing else is. Returns the paths of the sources read again, new
    /// or gone; nil when the previous load said something (a file it could not read, a listing
    /// warning: a whole load says it again) or only a whole listing can tell
    /// (`ContentListing.updated`). Only the content is updated: the theme, `site.yml` and the
    /// diagnostics are the caller's to set.
    func update(_ site: inout LoadedSite, files: inout [String: LoadedFile], with invalidated: Set<String>) -> Set<String>? {
        guard site.diagnostics.isEmpty,
              let listing = site.listing.updated(with: invalidated, scanner: scanner, folder: SiteLayout.contentFolder) else { return nil }
        site.listing = listing
        var changed: Set<String> = []
        for path in invalidated.sorted() where path.hasPrefix(SiteLayout.contentFolder + "/") {
            if PathOrder.remove(path, from: &site.sources, pathOf: \.path) { changed.insert(path) }
            PathOrder.remove(path, from: &site.staticFiles, pathOf: \.path)
            files[path] = nil
            let index = PathOrder.index(of: path, in: listing.entries, pathOf: \.path)
            guard index < listing.entries.count, listing.entries[index].path == path else { continue }
            let entry = listing.entries[index]
            guard isSource(path) else {
                PathOrder.insert(entry, into: &site.staticFiles, pathOf: \.path)
                continue
            }
            changed.insert(path)
            switch SourceInput.read(entry) {
            case .success(let file):
                PathOrder.insert(.read(file), into: &site.sources, pathOf: \.path)
                files[path] = LoadedFile(stamp: entry.stamp, file: file)
            case .failure(let diagnostic):
                site.diagnostics.append(diagnostic)
            }
        }
        return changed
    }
}
