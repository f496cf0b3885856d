import Foundation
import YAML

/// What feeds and calendars need of `site.yml`: the site's time zone (`timezone:`) and how many
/// entries a feed holds (`feed_limit:`).
public struct FeedSettings: Sendable, Hashable {
    /// The entries of one Atom feed when `feed_limit:` is not given.
    public static let defaultFeedLimit = 20

    /// `timezone:`, an IANA name such as `Europe/Paris`: the zone the site's dates and times are
    /// written in. nil when not given (or `UTC`): times are then read as UTC.
    public var timeZone: TimeZone?
    /// `feed_limit:`: at most this many entries in each Atom feed, the newest.
    public var feedLimit: Int

    public init(timeZone: TimeZone? = nil, feedLimit: Int = Self.defaultFeedLimit) {
        self.timeZone = timeZone
        self.feedLimit = feedLimit
    }

    /// Reads `timezone:` and `feed_limit:` of `site.yml`; a bad value is an error at its place
    /// and leaves the default.
    static func decode(_ reader: inout YAMLObjectReader) -> FeedSettings {
        let decoder = reader.decoder
        var settings = FeedSettings()
        if let node = reader.node("timezone"), let name = String(yaml: node, decoder: decoder) {
            if ["UTC", "Etc/UTC", "GMT"].contains(name) {
                settings.timeZone = nil
            } else if let zone = TimeZone(identifier: name), TimeZone.knownTimeZoneIdentifiers.contains(name) {
                settings.timeZone = zone
            } else {
                decoder.error("unknown timezone '\(name)'; give an IANA name such as Europe/Paris or America/New_York", at: node)
            }
        }
        if let node = reader.node("feed_limit"), let limit = Int(yaml: node, decoder: decoder) {
            if limit >= 1 {
                settings.feedLimit = limit
            } else {
                decoder.error("feed_limit must be 1 or more, found \(limit)", at: node)
            }
        }
        return settings
    }
}

extension SiteConfig {
    /// The site's time zone from `timezone:`; nil means UTC.
    public var timeZone: TimeZone? { feeds.timeZone }
}
