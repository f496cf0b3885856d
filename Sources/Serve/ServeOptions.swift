import Foundation
import Parse

/// What `sitegen serve` serves and how.
public struct ServeOptions: Sendable {
    /// The site folder.
    public var source: URL
    /// Also write each successful build here; nil keeps the site in memory only.
    public var output: URL?
    /// Serve below this base path (`/lab-site/`); the site is served at `/` by default.
    public var baseURL: String?
    public var includeDrafts = true
    /// `--now`; nil means `SOURCE_DATE_EPOCH`, else the current day at each rebuild.
    public var now: String?
    public var environment: [String: String] = [:]
    public var host = "127.0.0.1"
    /// `--allowed-host`: names answered besides localhost and IP addresses (see ``HostPolicy``).
    public var allowedHosts: [String] = []
    /// 0 picks a free port.
    public var port = 8000
    /// Watch by listing files every `pollInterval` instead of with inotify.
    public var polling = false
    public var pollInterval = Duration.milliseconds(500)
    /// How long a burst of file changes must pause before a rebuild starts.
    public var quietPeriod = Duration.milliseconds(5)
    /// A connection that sends nothing for this long while a request is awaited is closed.
    public var idleTimeout = Duration.seconds(30)
    public var quiet = false
    /// The formats of the source files under `content/` that become pages.
    public var formats = SourceFormats.standard

    public init(source: URL) {
        self.source = source.standardizedFileURL
    }
}
