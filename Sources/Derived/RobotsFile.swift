import Site

/// `robots.txt`: lets every crawler in, and names the sitemap.
public struct RobotsFile: DerivedOutput {
    public var path: String { "robots.txt" }
    public var needsOrigin: Bool { true }

    public init() {}

    public func derive(from site: Site) -> DerivedOutcome {
        guard let sitemap = AbsoluteURL.of(Sitemap().path, in: site) else { return DerivedOutcome() }
        let text = "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n"
        return DerivedOutcome(files: [DerivedFile(path: path, contents: Array(text.utf8))])
    }
}
