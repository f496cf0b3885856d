import Site

/// `robots.txt`: lets every crawler in, and names the sitemap.
public struct RobotsFile: DerivedOutput {
    public var path: String { "robots.txt" }
    public var needsOrigin: Bool { true }

    public init() {}

    /// The sitemap's absolute URL; nil without an origin.
    public func inputs(of site: Site) -> String? {
        AbsoluteURL.of(Sitemap().path, in: site)
    }

    public func derive(from sitemap: String?) -> DerivedOutcome {
        guard let sitemap else { return DerivedOutcome() }
        let text = "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n"
        return DerivedOutcome(files: [DerivedFile(path: path, contents: Array(text.utf8))])
    }
}
