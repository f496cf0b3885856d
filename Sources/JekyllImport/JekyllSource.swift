import Diagnostics
import Foundation
import YAML

/// The Jekyll site being imported, read only: its files' texts and YAML trees, by their paths
/// relative to the site folder.
public struct JekyllSource: Sendable {
    /// The site folder.
    public let folder: URL

    /// A source in `folder`, which must hold `_config.yml`.
    public init(folder: URL) throws(ImportFailure) {
        self.folder = folder.standardizedFileURL
        guard FileManager.default.fileExists(atPath: self.folder.appendingPathComponent("_config.yml").path) else {
            throw .notAJekyllSite(folder.path)
        }
    }

    /// Whether a file exists at `path`.
    public func has(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }

    /// The files below the folder `path` (none when it is missing), as sorted paths relative to
    /// the site; hidden files and folders (`.DS_Store`, `.ipynb_checkpoints/`) are left out.
    public func files(under path: String) -> [String] {
        let base = folder.appendingPathComponent(path)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            return []
        }
        var paths: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)
            paths.append(path + "/" + relative)
        }
        return paths.sorted()
    }

    /// The files at the site's top level, sorted, hidden ones left out.
    public func topLevelFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && has($0) }.sorted()
    }

    /// The folders at the site's top level, sorted, hidden ones left out.
    public func topLevelFolders() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// Whether a file's bytes start with a front matter fence, as the files Jekyll renders do.
    public static func hasFrontMatter(_ data: Data) -> Bool {
        data.starts(with: Array("---\n".utf8)) || data.starts(with: Array("---\r\n".utf8))
    }

    /// The bytes of the file at `path`.
    public func data(_ path: String) throws(ImportFailure) -> Data {
        do {
            return try Data(contentsOf: folder.appendingPathComponent(path))
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The UTF-8 text of the file at `path`.
    public func text(_ path: String) throws(ImportFailure) -> String {
        let data = try data(path)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .unreadable(file: path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// The YAML tree of the file at `path`, or nil when it is missing or empty.
    public func yaml(_ path: String) throws(ImportFailure) -> YAMLNode? {
        guard has(path) else { return nil }
        let text = try text(path)
        do {
            return try YAMLParser().parse(text)
        } catch {
            throw .invalidYAML(file: path, line: error.mark.line, column: error.mark.column, message: error.message,
                               sourceLine: LineIndex(text: text).line(error.mark.line))
        }
    }
}
