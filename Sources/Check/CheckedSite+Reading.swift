import Foundation
import Output

extension CheckedSite {
    /// The site as a build made it in memory: every item is a file of the output, and the HTML
    /// ones (made, or copied from the site folder) are read as pages.
    public init(items: [OutputItem], resolver: LinkResolver) throws {
        var files: Set<String> = []
        var pages: [String: String] = [:]
        for item in items {
            files.insert(item.path)
            guard item.path.hasSuffix(".html") else { continue }
            switch item.source {
            case .bytes(let bytes): pages[item.path] = String(decoding: bytes, as: UTF8.self)
            case .copy(let url): pages[item.path] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            }
        }
        self.init(files: files, pages: pages, resolver: resolver)
    }

    /// The site as a folder of files, such as a build's output (hidden files and folders are
    /// skipped, as static hosts do not serve them).
    public init(folder: URL, resolver: LinkResolver) throws {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root.path]) }
        var files: Set<String> = []
        var pages: [String: String] = [:]
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(prefix) else { continue }
            let path = String(full.dropFirst(prefix.count))
            files.insert(path)
            if path.hasSuffix(".html") { pages[path] = String(decoding: try Data(contentsOf: url), as: UTF8.self) }
        }
        self.init(files: files, pages: pages, resolver: resolver)
    }
}
