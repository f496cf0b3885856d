import Foundation
import Load
import Models

/// What to build and how.
public struct BuildOptions: Sendable {
    /// The site folder: `site.yml`, `content/`, and optionally `templates/` and `assets/`.
    public var source: URL
    /// The output folder; `_site` inside the source folder by default.
    public var output: URL
    /// Overrides `base_url` from `site.yml` (`/lab-site/` or `https://host/lab-site/`).
    public var baseURL: String?
    /// When `baseURL` is only a path, keep the host of `site.yml`'s `base_url`: the preview
    /// server moves the site to another address, yet its sitemap names the published one.
    public var keepsConfiguredOrigin = false
    public var includeDrafts: Bool
    /// The day the site is built for; see `BuildDate`.
    public var buildDate: ContentDate
    /// Where `build` keeps a record of what it read and wrote (see `BuildRecord`), so that a
    /// build with nothing changed since the last one into the same output does no work; nil
    /// for none.
    public var recordFolder: URL?
    /// The program's version, part of what a record holds.
    public var programVersion = ""
    /// How long a file must have stayed unchanged for a record to trust its stamp; see
    /// `BuildRecord.isSettled`.
    public var recordSettling: Duration = .seconds(2)

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false, buildDate: ContentDate) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent(SiteLayout.defaultOutputFolder)).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.buildDate = buildDate
    }
}
