import Diagnostics
import Foundation
import Load
import Models
import YAML

/// The base path and origin that `site.yml`'s `base_url` gives: how the pages of an output
/// folder built from that site read their URLs, for `sitegen check --output` without `--base-url`.
enum ConfiguredAddress {
    /// nil when the site folder has no `site.yml`; an error when it cannot be read.
    static func read(siteFolder: URL) throws -> (origin: String?, basePath: String)? {
        let file = siteFolder.appendingPathComponent(SiteLayout.configFile)
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let decoder = YAMLDecoder(path: SiteLayout.configFile, lines: LineIndex(text: text))
        var config: SiteConfig?
        do {
            config = SiteConfig.decode(try YAMLParser().parse(text), decoder: decoder, defaultTitle: siteFolder.lastPathComponent)
        } catch {
            decoder.report(error)
        }
        let errors = decoder.diagnostics.errors
        guard errors.isEmpty, let config else { throw DiagnosticError(errors) }
        return (config.origin, config.basePath)
    }
}
