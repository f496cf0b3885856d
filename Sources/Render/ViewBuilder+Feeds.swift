import Links
import Site

extension ViewBuilder {
    /// What the site view says of its feeds and calendars, none without a host:
    /// `feeds` (title, url) for the head's links, and `seminar_calendar` (url, https, webcal)
    /// for the series' calendar.
    func feedsView() -> [String: ViewValue] {
        var view: [String: ViewValue] = [:]
        let config = site.config
        let feeds = FeedCatalog.feeds(of: site)
        if !feeds.isEmpty {
            view["feeds"] = .list(feeds.map { feed in
                .object(["title": .text("\(config.title): \(feed.title)"), "url": .text(config.basePath + feed.path)])
            })
        }
        if FeedCatalog.hasCalendars(site), let origin = config.origin {
            let https = origin + config.basePath + PathEncoding.encode(FeedCatalog.seriesCalendarPath)
            let webcal = "webcal" + https.drop(while: { $0 != ":" })
            view["seminar_calendar"] = .object([
                "url": .text(config.basePath + FeedCatalog.seriesCalendarPath), "https": .text(https), "webcal": .text(String(webcal)),
            ])
        }
        return view
    }
}
