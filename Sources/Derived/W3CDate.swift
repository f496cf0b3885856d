import Models

extension ContentDate {
    /// The date in the W3C profile of ISO 8601 that sitemaps and feeds use: `2024-03-09`, or
    /// `2024-03-09T14:30+01:00` when the time came with a zone. A time without a zone is left
    /// out, since the profile allows a time only with its zone.
    var w3cDate: String {
        guard hour != nil, utcOffset != nil else { return isoDate }
        return isoDateTime
    }
}
