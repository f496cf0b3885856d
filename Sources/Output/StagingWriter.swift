import Foundation
import Parallel

/// Writes output items into a fresh folder: folders first, then files in parallel.
struct StagingWriter {
    let root: URL
    /// Creating files waits on the disk more than on the processor: more threads than cores
    /// keep it busy (measured: 1,000 pages wrote in 1.4 s on 2 threads, see README).
    static let workers = 16

    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    func write(_ items: [OutputItem]) throws -> Int {
        let rootPath = root.path
        // Every folder and its parents, created parents first (sorted order puts `a` before `a/b`).
        var folders = Set<Substring>()
        for item in items {
            var folder = Substring(item.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(folder).inserted { break }
            }
        }
        // A level at a time (parents before children), each level in parallel.
        let levels = Dictionary(grouping: folders.map(String.init)) { $0.count { $0 == "/" } }
        for depth in levels.keys.sorted() {
            let failures = (levels[depth] ?? []).sorted().blockingParallelMap(workers: Self.workers) { folder -> String? in
                do {
                    try POSIXFile.makeDirectory(rootPath + "/" + folder)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw WriteError(description: failure) }
        }
        let outcomes = items.blockingParallelMap(workers: Self.workers) { item -> Result<Int, WriteError> in
            let target = rootPath + "/" + item.path
            do {
                switch item.source {
                case .bytes(let bytes):
                    try POSIXFile.create(target, contents: bytes)
                    return .success(bytes.count)
                case .copy(let source):
                    return .success(try POSIXFile.copy(from: source.path, to: target))
                }
            } catch {
                return .failure(WriteError(description: "\(error)"))
            }
        }
        var written = 0
        for outcome in outcomes {
            switch outcome {
            case .success(let count): written += count
            case .failure(let error): throw error
            }
        }
        return written
    }
}
