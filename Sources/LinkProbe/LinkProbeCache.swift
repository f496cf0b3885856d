import Foundation

/// The last result for each external URL, kept in a JSON file between checks, so that a site's
/// hundreds of links are not all asked again each time: a URL that answered well is trusted
/// for `maximumAge`; one that failed is asked again at the next check.
public struct LinkProbeCache: Sendable {
    public var results: [String: LinkProbeResult]

    public init(results: [String: LinkProbeResult] = [:]) {
        self.results = results
    }

    /// The cache in `file`; empty when the file does not exist. A file that cannot be read as a
    /// cache is an error (it is not overwritten silently).
    public static func load(from file: URL) throws -> LinkProbeCache {
        guard FileManager.default.fileExists(atPath: file.path) else { return LinkProbeCache() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return LinkProbeCache(results: try decoder.decode([String: LinkProbeResult].self, from: Data(contentsOf: file)))
    }

    /// Writes the cache to `file` (a temporary file renamed over it), making its folder.
    public func save(to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(results).write(to: file, options: .atomic)
    }

    /// The result to reuse for `url` at `now`: a success younger than `maximumAge`.
    public func reusable(for url: String, at now: Date, maximumAge: TimeInterval) -> LinkProbeResult? {
        guard let result = results[url], result.isSuccess, now.timeIntervalSince(result.checkedAt) < maximumAge else { return nil }
        return result
    }
}
