import Diagnostics
import Links
import TeXMath
import YAML

/// The site's settings, from `site.yml` at the site root.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    /// The absolute origin from `base_url` when it was a full URL (`https://x.github.io`), for
    /// canonical links; nil when only a path was given.
    public var origin: String?
    /// The path prefix of every internal URL, `/` or `/lab-site/`.
    public var basePath: String
    public var language: String
    public var author: AuthorProfile?
    /// The owner's name and its variants (`J. Example`), highlighted in author lists.
    public var ownerNames: [String]
    /// nil when `site.yml` has no `menu:`; the menu is then made of the site's sections and
    /// top-level pages. `menu: []` is no menu.
    public var menu: [LabeledLink]?
    /// `raw_html`: what becomes of raw HTML in Markdown bodies; `keep` unless set.
    public var rawHTML: RawHTMLMode
    /// How publications are grouped and shown, and which `.bib` files besides `content/` feed them.
    public var publications: PublicationSettings
    /// Keys the site defines for its own templates, as `site.extra.KEY`.
    public var extra: [(key: String, value: YAMLNode)]
    /// `timezone:` and `feed_limit:`, for feeds and calendars (see `FeedSettings`).
    public var feeds = FeedSettings()
    /// `organization:`, the lab or institution: employer and place of job offers (SiteConfig+Sharing).
    public var organization: Organization?
    /// `image:`, the picture sharing previews show for pages without one of their own (SiteConfig+Sharing).
    public var image: WebURL?
    /// The images `site.yml` names by a local URL (`author.avatar`, `image`), each URL as the
    /// pages use it (a file name alone read in `/assets/images/`) with where it is written: the
    /// assembly warns at that place when the site has no such file.
    public var localImages: [PlacedPath] = []
    /// The root-relative URLs of `menu` and `author.links` (`/cv.pdf`, `/teaching/`), each with
    /// where it is written: the assembly warns there when the site has no such file or page.
    public var localLinks: [PlacedPath] = []
    /// `math_macros:`, definitions every formula of the site knows (SiteConfig+Math).
    public var mathMacros = MathMacros.none

    public init(title: String, basePath: String = "/", language: String = "en") {
        self.title = title
        self.basePath = basePath
        self.language = language
        self.ownerNames = []
        self.menu = nil
        self.rawHTML = .keep
        self.publications = PublicationSettings()
        self.extra = []
    }

    /// Splits `https://host/path/` or `/path/` into origin and base path.
    public static func splitBaseURL(_ value: String) -> (origin: String?, basePath: String)? {
        if let schemeEnd = value.range(of: "://") {
            let scheme = value[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "https" || scheme == "http" else { return nil }
            let rest = value[schemeEnd.upperBound...]
            let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
            let host = rest[..<hostEnd]
            guard !host.isEmpty, host.unicodeScalars.allSatisfy({ isPathCharacter($0) || $0 == ":" }),
                  rest[hostEnd...].unicodeScalars.allSatisfy(isPathCharacter) else { return nil }
            return (String(value[..<hostEnd]), LinkPolicy.normalizedBasePath(String(rest[hostEnd...])))
        }
        guard value.unicodeScalars.allSatisfy(isPathCharacter) else { return nil }
        return (nil, LinkPolicy.normalizedBasePath(value))
    }

    /// What a base path may hold: letters, digits, `-._~`, `/` and percent-escapes.
    private static func isPathCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/%".unicodeScalars.contains(scalar)
    }

    /// Reads `site.yml`. A missing file is not an error: the site takes its title from the folder.
    public static func decode(_ node: YAMLNode?, decoder: YAMLDecoder, defaultTitle: String) -> SiteConfig? {
        guard let node else { return SiteConfig(title: defaultTitle) }
        guard var reader = decoder.object(node, describing: "site.yml") else { return nil }
        var config = SiteConfig(title: reader.optional("title") ?? defaultTitle)
        config.description = reader.optional("description")
        if let baseNode = reader.node("base_url"), let value = String(yaml: baseNode, decoder: decoder) {
            if let split = splitBaseURL(value) {
                (config.origin, config.basePath) = split
            } else {
                decoder.error("'\(value)' is not a base URL: give https://host/path/ or a path such as /lab-site/", at: baseNode)
            }
        }
        config.language = reader.optional("language") ?? "en"
        config.feeds = FeedSettings.decode(&reader)
        if let authorNode = reader.node("author") {
            config.author = AuthorProfile.decode(authorNode, decoder: decoder, images: &config.localImages, links: &config.localLinks)
        }
        config.ownerNames = reader.optional("owner_names", as: NameList.self)?.names ?? config.author.map { [$0.name] } ?? []
        if let menuNode = reader.node("menu") {
            config.menu = LabeledLink.list(from: menuNode, decoder: decoder, describing: "'menu'", adding: &config.localLinks) ?? []
        }
        if let rawHTMLNode = reader.node("raw_html"), let value = String(yaml: rawHTMLNode, decoder: decoder) {
            if let mode = RawHTMLMode(rawValue: value) {
                config.rawHTML = mode
            } else {
                let known = RawHTMLMode.allCases.map(\.rawValue).joined(separator: ", ")
                decoder.error("unknown raw_html value '\(value)'; expected one of: \(known)", at: rawHTMLNode)
            }
        }
        config.publications = PublicationSettings.decode(&reader)
        config.decodeSharingKeys(&reader, decoder: decoder)
        config.decodeMathMacros(&reader, decoder: decoder)
        config.extra = reader.unknownPairs(warnAbout: "site.yml")
        return decoder.hasErrors ? nil : config
    }
}
