import Models

/// Writes an Atom 1.0 feed (RFC 4287) of entries chosen by `FeedContext.newest`: the feed's
/// `<updated>` is that of its newest entry, so that an unchanged site gives the same bytes on
/// every rebuild.
struct AtomFeedWriter: Sendable, Equatable {
    static let namespace = "http://www.w3.org/2005/Atom"

    /// The feed's own absolute URL: its `<id>` and its `rel="self"` link.
    var selfURL: String
    /// The page the feed follows (the news list), absolute.
    var pageURL: String
    /// The site's absolute root, the feed's `xml:base`.
    var base: String
    var title: String
    /// `<author>` of the feed: the site's author, else its title.
    var author: String
    var language: String
    var clock: SiteClock
    /// `feed_limit`: how many entries the feed's outputs give it at most.
    var limit: Int
    /// For a feed without entries: the newest date of the pages it follows, if any.
    var fallbackUpdated: ContentDate?

    /// The feed of `entries`, given newest first and at most `limit` (`FeedContext.newest`).
    func feed(_ entries: [AtomEntry]) -> [UInt8] {
        let updated = entries.first?.updated ?? fallbackUpdated ?? ContentDate(year: 1970, month: 1, day: 1)
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        text += "<feed xmlns=\"\(Self.namespace)\" xml:base=\"\(escape(base))\" xml:lang=\"\(escape(language))\">\n"
        text += "<id>\(escape(selfURL))</id>\n"
        text += "<title>\(escape(title))</title>\n"
        text += "<updated>\(clock.rfc3339(updated))</updated>\n"
        text += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(selfURL))\"/>\n"
        text += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(pageURL))\"/>\n"
        text += "<author><name>\(escape(author))</name></author>\n"
        text += "<generator>sitegen</generator>\n"
        for entry in entries { text += element(of: entry) }
        text += "</feed>\n"
        return Array(text.utf8)
    }

    private func element(of entry: AtomEntry) -> String {
        var text = "<entry>\n"
        text += "<id>\(escape(entry.id))</id>\n"
        text += "<title>\(escape(entry.title))</title>\n"
        text += "<updated>\(clock.rfc3339(entry.updated))</updated>\n"
        text += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(entry.link))\"/>\n"
        for author in entry.authors { text += "<author><name>\(escape(author))</name></author>\n" }
        text += "<content type=\"html\" xml:base=\"\(escape(entry.link))\">\(escape(entry.contentHTML))</content>\n"
        text += "</entry>\n"
        return text
    }

    private func escape(_ text: String) -> String { XMLEscaping.escape(XMLEscaping.removingInvalidCharacters(text)) }
}
