import Foundation
import Parallel

/// Writes output items into a fresh folder: folders first, then files in parallel.
struct StagingWriter {
    let root: URL

    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    func write(_ items: [OutputItem]) throws -> Int {
        let fileManager = FileManager.default
        var folders = Set<String>()
        for item in items {
            if let slash = item.path.lastIndex(of: "/") { folders.insert(String(item.path[..<slash])) }
        }
        for folder in folders.sorted() {
            try fileManager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let root = self.root
        let outcomes = items.parallelMap { item -> Result<Int, WriteError> in
            let target = root.appendingPathComponent(item.path)
            do {
                switch item.source {
                case .bytes(let bytes):
                    try Data(bytes).write(to: target)
                    return .success(bytes.count)
                case .copy(let source):
                    try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: target)
                    return .success((try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0)
                }
            } catch {
                return .failure(WriteError(description: "\(item.path): \((error as NSError).localizedDescription)"))
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
