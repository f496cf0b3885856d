import Load
import Output

/// A built site as the preview server holds it: page bytes in memory, copied files (images,
/// PDFs, assets) by their source path, read when asked for.
struct ServedFiles: Sendable {
    struct File: Sendable {
        var source: OutputItem.Source
        /// For copied files: the source's stamp when the site was built, to tell changes apart.
        var stamp: FileStamp?
    }

    private(set) var files: [String: File] = [:]

    init() {}

    init(_ items: [OutputItem]) {
        for item in items {
            var stamp: FileStamp?
            if case .copy(let url) = item.source { stamp = FileStamp(path: url.path) }
            files[item.path] = File(source: item.source, stamp: stamp)
        }
    }

    subscript(path: String) -> File? { files[path] }

    /// The output paths whose contents differ from `previous`, and those it had and this has not.
    func changes(since previous: ServedFiles) -> (changed: [String], removed: [String]) {
        var changed: [String] = []
        for (path, file) in files {
            guard let old = previous.files[path] else {
                changed.append(path)
                continue
            }
            switch (file.source, old.source) {
            case let (.bytes(new), .bytes(earlier)) where new == earlier: continue
            case let (.copy(new), .copy(earlier)) where new == earlier && file.stamp == old.stamp && file.stamp != nil: continue
            default: changed.append(path)
            }
        }
        let removed = previous.files.keys.filter { files[$0] == nil }
        return (changed.sorted(), removed.sorted())
    }
}
