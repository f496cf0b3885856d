import Links
import Models
import Site

/// `seminars/atom.xml`: the sessions still to come that have a date, each with its time,
/// place, talks and whether it is cancelled or on line. An entry's `<updated>` is its
/// session's date, the only date the content gives.
public struct SeminarFeed: AtomFeedOutput {
    static let feed = FeedCatalog.seminars

    public init() {}

    func entryPages(of site: Site, context: FeedContext, limit: Int) -> [(page: SitePage, date: ContentDate)] {
        context.newest(site.pages(ofKind: .seminar).filter { $0.timeStatus == .upcoming && $0.role == .content }, limit: limit)
    }

    func entry(of page: SitePage, date: ContentDate, context: FeedContext) -> AtomEntry? {
        guard case .seminar(let session) = page.frontMatter.model else { return nil }
        let link = context.url(of: page.route)
        let title = (session.cancelled ? "Cancelled: " : "") + page.title + " (\(date.isoDate))"
        return AtomEntry(
            id: context.tagURI(date: date, route: page.route), title: title, updated: date, link: link, authors: [],
            contentHTML: Self.html(of: session, date: date) + context.bodyHTML(of: page, pageURL: link))
    }

    /// The session as its page shows it: when, where, and each talk.
    static func html(of session: SeminarSession, date: ContentDate) -> String {
        let escape = { HTMLEscaping.escape($0) }
        var html = session.cancelled ? "<p><strong>This session is cancelled.</strong></p>\n" : ""
        var when = date.isoDate
        if let time = session.time { when += ", " + time.display }
        html += "<p>" + escape(when) + (session.location.map { " · " + escape($0) } ?? "") + "</p>\n"
        if let online = session.online { html += "<p>Online: <a href=\"\(escape(online.value))\">\(escape(online.value))</a></p>\n" }
        for talk in session.talks {
            var line = "<strong>" + escape(talk.speaker) + "</strong>"
            if let affiliation = talk.affiliation { line += " (" + escape(affiliation) + ")" }
            line += ": " + escape(talk.title)
            if let time = talk.time { line = escape(time.display) + " · " + line }
            if talk.cancelled { line += " — cancelled" }
            if let online = talk.online { line += " — online: <a href=\"\(escape(online.value))\">\(escape(online.value))</a>" }
            html += "<p>" + line + "</p>\n"
            if let abstract = talk.abstract { html += "<p>" + escape(abstract) + "</p>\n" }
        }
        return html
    }
}
