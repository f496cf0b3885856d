import Foundation
import Links
import Models

/// All that a page's `<head>` tags (sharing, Scholar) and JSON-LD read of the site besides the
/// page: compared with the previous build's before a page view is reused.
struct HeadInputs: Equatable, Sendable {
    /// `https://example.org`, percent-encoded; nil when `base_url` has no host, and then no
    /// absolute URL is written anywhere.
    var origin: String?
    var basePath = "/"
    var siteTitle = ""
    var siteDescription: String?
    var author: AuthorProfile?
    var organization: Organization?
    /// The default image of sharing previews (`image:`).
    var image: WebURL?
    /// `timezone:`, the zone of seminar times (nil: UTC).
    var timeZone: TimeZone?

    init() {}

    init(config: SiteConfig) {
        origin = config.origin.map { PathEncoding.encode($0, keeping: "%") }
        basePath = config.basePath
        siteTitle = config.title
        siteDescription = config.description
        author = config.author
        organization = config.organization
        image = config.image
        timeZone = config.timeZone
    }

    /// The absolute URL of a page or file by its route (`publications/a/`); nil without a host.
    func absolute(route: String) -> String? {
        origin.map { $0 + PathEncoding.encode(basePath, keeping: "%") + PathEncoding.encode(route) }
    }

    /// The absolute URL of a URL written in the site: an `http(s)` URL as it is, a root-relative
    /// one on the site's origin (with the base path); nil for other forms or without a host.
    func absolute(_ url: WebURL) -> String? {
        let value = url.value
        let lower = value.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return value }
        guard value.hasPrefix("/"), !value.hasPrefix("//"), let origin else { return nil }
        return origin + PathEncoding.encode(LinkPolicy.resolve(value, basePath: basePath), keeping: "%?#")
    }
}
