import Build
import Diagnostics
import Foundation
import Models
import Parse

/// A site written into a fresh temporary folder, built with the library API, read back.
///
/// Each site's folder sits alone in a folder of its own, so a test that checks what a build
/// leaves beside the site sees nothing of the sites other tests make at the same time.
final class TempSite {
    let root: URL
    private let container: URL

    init(_ files: [String: String] = [:]) throws {
        container = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        root = container.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(at: container)
    }

    /// Writes the file in place, or `atomically` (as a new file renamed over it, as many editors
    /// save): a watcher then never sees it half written.
    func write(_ path: String, _ text: String, atomically: Bool = false) throws {
        try write(path, bytes: Array(text.utf8), atomically: atomically)
    }

    func write(_ path: String, bytes: [UInt8], atomically: Bool = false) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: atomically ? .atomic : [])
    }

    var output: URL { root.appendingPathComponent("_site") }

    @discardableResult
    func build(
        baseURL: String? = nil, drafts: Bool = false, now: String = "2026-06-01", output: URL? = nil, formats: SourceFormats = .standard
    ) -> BuildReport {
        let date = ContentDate(parsing: now) ?? ContentDate(year: 2026, month: 6, day: 1)
        return SiteBuilder(formats: formats).build(BuildOptions(source: root, output: output, baseURL: baseURL, includeDrafts: drafts, buildDate: date))
    }

    /// The text of an output file, or nil when it was not written.
    func page(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every output file (relative path → bytes), for comparing whole builds.
    func outputFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        let base = output.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }
}

extension BuildReport {
    /// Diagnostics rendered as the command line prints them.
    var rendered: String { DiagnosticFormatter.format(diagnostics) }
}
