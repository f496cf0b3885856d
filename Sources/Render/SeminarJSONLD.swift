import Models
import Site

/// A seminar session's JSON-LD: one `Event` per talk and, when the session names its `series`,
/// an `EventSeries` that lists them as `subEvent`s while each names it as its `superEvent`. A
/// session without a date has none.
///
/// Times follow the calendar files' rule (`SeminarSession.schedule(of:)`), with the site's
/// offset on that day (`timezone:`, UTC when none is set): `2026-12-03T14:00:00+01:00`, or the
/// day alone for a session without a time. The session's `location` is a `Place` with the
/// address of `organization:`, an `online:` URL a `VirtualLocation`; both make a mixed event.
/// The organizer is `organization:`, else the site's author; the performer is the speaker.
/// Nodes are identified by the page's URL and a fragment (`#talk-0`, the talk's anchor in the
/// theme, and `#series`), the fragment alone without a host.
struct SeminarJSONLD: Sendable {
    let inputs: HeadInputs

    func nodes(of session: SeminarSession, page: SitePage) -> [JSONValue] {
        let pageURL = inputs.absolute(route: page.route)
        func reference(_ fragment: String) -> JSONValue { .string((pageURL ?? "") + "#" + fragment) }
        let series = session.series.map { (name: $0, id: reference("series")) }
        var events: [(id: JSONValue, node: JSONValue)] = []
        for (index, talk) in session.talks.enumerated() {
            guard let schedule = session.schedule(of: talk) else { continue }
            let id = reference("talk-\(index)")
            events.append((id, event(of: talk, in: session, schedule: schedule, id: id, url: pageURL, series: series?.id)))
        }
        guard !events.isEmpty else { return [] }
        var nodes = events.map(\.node)
        if let series {
            nodes.append(.node("EventSeries", [
                "@id": series.id,
                "name": .string(series.name),
                "subEvent": .array(events.map { .object(["@id": $0.id]) }),
            ]))
        }
        return nodes
    }

    private func event(
        of talk: SeminarSession.Talk, in session: SeminarSession, schedule: TalkSchedule, id: JSONValue, url: String?, series: JSONValue?
    ) -> JSONValue {
        let place = self.place(of: talk, in: session)
        return .node("Event", [
            "@id": id,
            "name": .string(talk.title),
            "startDate": .string(schedule.isAllDay ? schedule.start.isoDate : clock.rfc3339(schedule.start)),
            "endDate": schedule.end.map { .string(clock.rfc3339($0)) },
            "eventStatus": .string("https://schema.org/" + (session.isCancelled(talk) ? "EventCancelled" : "EventScheduled")),
            "eventAttendanceMode": place.map { .string("https://schema.org/" + $0.mode) },
            "location": place?.location,
            "performer": .node("Person", [
                "name": .string(talk.speaker),
                "url": talk.speakerURL.flatMap(inputs.absolute).map(JSONValue.string),
                "affiliation": talk.affiliation.map { .node("Organization", ["name": .string($0)]) },
            ]),
            "organizer": organizer(),
            "description": .text(talk.abstract),
            "url": url.map(JSONValue.string),
            "superEvent": series.map { .object(["@id": $0]) },
        ])
    }

    /// Reads times in the site's zone: `2026-12-03T14:00:00+01:00`, with the offset in force that day.
    private var clock: SiteClock { SiteClock(zone: inputs.timeZone) }

    /// The room (a `Place`), the URL to join (a `VirtualLocation`), or both, with the attendance
    /// mode they make; nil when the session says neither.
    private func place(of talk: SeminarSession.Talk, in session: SeminarSession) -> (mode: String, location: JSONValue)? {
        let room = session.location.map {
            JSONValue.node("Place", ["name": .string($0), "address": inputs.organization?.address.map(JobPostingJSONLD.postalAddress)])
        }
        let online = (talk.online ?? session.online).map { JSONValue.node("VirtualLocation", ["url": .string($0.value)]) }
        switch (room, online) {
        case (let room?, let online?): return ("MixedEventAttendanceMode", .array([room, online]))
        case (let room?, nil): return ("OfflineEventAttendanceMode", room)
        case (nil, let online?): return ("OnlineEventAttendanceMode", online)
        case (nil, nil): return nil
        }
    }

    /// The lab of `organization:`, else the site's author, as the seminar page names it.
    private func organizer() -> JSONValue? {
        if let organization = inputs.organization {
            return .node("Organization", ["name": .string(organization.name), "url": organization.url.flatMap(inputs.absolute).map(JSONValue.string)])
        }
        guard let author = inputs.author else { return nil }
        return .node("Person", ["name": .string(author.name), "url": inputs.absolute(route: "").map(JSONValue.string)])
    }
}
