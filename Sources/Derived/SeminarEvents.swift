import Diagnostics
import Links
import Models
import Site

/// The talks of the site's seminar sessions as calendar events, session by session.
struct SeminarEvents: Sendable, Equatable {
    /// One session: its page's route and its talks' events (none when it has no date).
    struct Session: Sendable, Equatable {
        var route: String
        var date: ContentDate?
        var events: [CalendarEvent]
    }

    var sessions: [Session]
    /// Warnings about sessions left out of the calendars.
    var diagnostics: [Diagnostic]

    /// The sessions of `site`, in the site's order; nil without a host.
    init?(of site: Site) {
        guard let prefix = AbsoluteURL.prefix(of: site), let host = Self.host(of: site.config.origin) else { return nil }
        sessions = []
        diagnostics = []
        for page in site.pages(ofKind: .seminar) where page.role == .content {
            guard case .seminar(let session) = page.frontMatter.model else { continue }
            guard let date = session.date else {
                if session.time != nil || session.talks.contains(where: { $0.time != nil }) {
                    diagnostics.append(.warning(
                        "this seminar session has a time but no 'date', so it is left out of the calendar files",
                        at: page.sourcePath.map(SourceLocation.start(of:))))
                }
                sessions.append(Session(route: page.route, date: nil, events: []))
                continue
            }
            let url = prefix + PathEncoding.encode(page.route)
            let uidStem = PathEncoding.encode(site.config.basePath.dropFirst() + page.route)
            let events = session.talks.enumerated().compactMap { index, talk in
                session.schedule(of: talk).map {
                    Self.event(of: talk, in: session, schedule: $0, uid: "\(uidStem)talk-\(index + 1)@\(host)", url: url)
                }
            }
            sessions.append(Session(route: page.route, date: date, events: events))
        }
    }

    /// `example.org` from `https://example.org:8080`: the host alone, lowercased.
    static func host(of origin: String?) -> String? {
        guard let origin, let schemeEnd = origin.range(of: "://") else { return nil }
        let authority = origin[schemeEnd.upperBound...]
        let host = authority.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return host.isEmpty ? nil : AbsoluteURL.encodeNonASCII(host.lowercased())
    }

    /// A talk's event, at the time `schedule` gives (`SeminarSession.schedule(of:)`).
    static func event(of talk: SeminarSession.Talk, in session: SeminarSession, schedule: TalkSchedule, uid: String, url: String) -> CalendarEvent {
        var description = talk.abstract.map { [$0] } ?? []
        if let affiliation = talk.affiliation { description.insert("\(talk.speaker) (\(affiliation))", at: 0) }
        let online = talk.online ?? session.online
        if let online { description.append("Join online: \(online.value)") }
        return CalendarEvent(
            uid: uid, start: schedule.start, end: schedule.end, summary: "\(talk.speaker): \(talk.title)",
            description: description.isEmpty ? nil : description.joined(separator: "\n\n"),
            location: session.location ?? online?.value, url: url, cancelled: session.isCancelled(talk))
    }
}
