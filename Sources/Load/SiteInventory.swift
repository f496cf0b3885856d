import Foundation

/// The files a build reads, each with its stamp, found the way a build finds them: `site.yml`,
/// every file of `content/`, `templates/` and `assets/`, and the files `site.yml` names.
/// Two inventories that are equal mean that a build would read the same bytes.
public enum SiteInventory {
    /// Stamps by path relative to the site folder; a named file that does not exist is left out.
    public static func stamps(root: URL, namedFiles: some Sequence<String>) -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        if let stamp = FileStamp(path: root.appendingPathComponent(SiteLayout.configFile).path) {
            result[SiteLayout.configFile] = stamp
        }
        for path in namedFiles {
            if let stamp = FileStamp(path: root.appendingPathComponent(path).path) { result[path] = stamp }
        }
        let scanner = SiteScanner(root: root)
        for folder in SiteLayout.folders {
            for entry in scanner.files(in: folder).entries {
                result[entry.path] = entry.stamp
            }
        }
        return result
    }
}
