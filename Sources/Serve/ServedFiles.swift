import Load
import Output

/// A built site as the preview server holds it: page bytes in memory, copied files (images,
/// PDFs, assets) by their source path, read when asked for.
struct ServedFiles: Sendable {
    struct File: Sendable {
        var source: OutputItem.Source
        /// For copied files: the source's stamp when the site was built, to tell changes apart.
        var stamp: FileStamp?

        init(_ item: OutputItem) {
            source = item.source
            if case .copy(let url) = item.source { stamp = FileStamp(path: url.path) }
        }

        /// Whether serving `self` serves what `earlier` served.
        func isSame(as earlier: File) -> Bool {
            switch (source, earlier.source) {
            case let (.bytes(new), .bytes(old)): return new == old
            case let (.copy(new), .copy(old)): return new == old && stamp == earlier.stamp && stamp != nil
            default: return false
            }
        }
    }

    private(set) var files: [String: File] = [:]
    /// The paths in the order of the items they came from: a rebuild's items come in the same
    /// order, so most are compared with the earlier file at the same place, without a lookup.
    private var paths: [String] = []

    init() {}

    init(_ items: [OutputItem]) {
        self = ServedFiles().updated(with: items).files
    }

    subscript(path: String) -> File? { files[path] }

    /// The files of `items`, and which output paths differ from `self` (sorted) and which
    /// `self` had and the items have not. The files that did not change are kept as they were.
    func updated(with items: [OutputItem]) -> (files: ServedFiles, changed: [String], removed: [String]) {
        var next = ServedFiles()
        next.files = files
        next.paths.reserveCapacity(items.count)
        var changed: [String] = []
        var inStep = items.count == paths.count
        for (index, item) in items.enumerated() {
            let file = File(item)
            if index < paths.count, paths[index] == item.path {
                // `files` holds every path of `paths`.
                if let earlier = files[item.path], !file.isSame(as: earlier) {
                    changed.append(item.path)
                    next.files[item.path] = file
                }
            } else {
                inStep = false
                if let earlier = files[item.path], file.isSame(as: earlier) {} else {
                    changed.append(item.path)
                    next.files[item.path] = file
                }
            }
            next.paths.append(item.path)
        }
        var removed: [String] = []
        if !inStep {
            let present = Set(next.paths)
            removed = paths.filter { !present.contains($0) }
            for path in removed { next.files[path] = nil }
        }
        return (next, changed.sorted(), removed.sorted())
    }
}
