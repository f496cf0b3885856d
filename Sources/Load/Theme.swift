import Diagnostics
import Foundation

/// The templates and assets a site renders with: the site's own files over the built-in theme,
/// one file at a time.
public struct Theme: Sendable {
    public struct Template: Sendable {
        /// As diagnostics show it: `templates/page.mustache`, or `(built-in theme) templates/page.mustache`.
        public var displayPath: String
        public var text: String

        public init(displayPath: String, text: String) {
            self.displayPath = displayPath
            self.text = text
        }
    }

    /// Where an asset's bytes come from.
    public enum AssetSource: Sendable {
        case file(URL)
        case embedded([UInt8])
    }

    /// Template name (`page`, `partials/header`) → template.
    public var templates: [String: Template]
    /// Output path below `assets/` (`css/site.css`) → its source.
    public var assets: [String: AssetSource]

    public static let templateExtension = ".mustache"

    public init(templates: [String: Template], assets: [String: AssetSource]) {
        self.templates = templates
        self.assets = assets
    }

    /// The built-in theme alone.
    public static let builtin: Theme = {
        var theme = Theme(templates: [:], assets: [:])
        for (path, base64) in builtinThemeFiles {
            let bytes = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
            if path.hasPrefix("templates/"), path.hasSuffix(templateExtension) {
                let name = String(path.dropFirst("templates/".count).dropLast(templateExtension.count))
                theme.templates[name] = Template(displayPath: "(built-in theme) \(path)", text: String(decoding: bytes, as: UTF8.self))
            } else if path.hasPrefix("assets/") {
                theme.assets[String(path.dropFirst("assets/".count))] = .embedded(bytes)
            }
        }
        return theme
    }()

    /// The built-in theme with the site's `templates/` and `assets/` laid over it.
    public static func load(siteRoot: URL, scanner: SiteScanner) -> (theme: Theme, diagnostics: [Diagnostic]) {
        var theme = builtin
        var diagnostics: [Diagnostic] = []
        let templateFiles = scanner.files(in: SiteLayout.templatesFolder)
        diagnostics += templateFiles.diagnostics
        for entry in templateFiles.entries where entry.relativePath.hasSuffix(templateExtension) {
            let name = String(entry.relativePath.dropLast(templateExtension.count))
            guard let data = FileManager.default.contents(atPath: entry.absolutePath) else {
                diagnostics.append(.error("cannot read the template", at: .start(of: entry.path)))
                continue
            }
            switch SourceFile(path: entry.path, bytes: [UInt8](data)).text() {
            case .success(let text): theme.templates[name] = Template(displayPath: entry.path, text: LineIndex.withLineFeeds(text))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let assetFiles = scanner.files(in: SiteLayout.assetsFolder)
        diagnostics += assetFiles.diagnostics
        for entry in assetFiles.entries {
            theme.assets[entry.relativePath] = .file(entry.url)
        }
        return (theme, diagnostics)
    }
}
