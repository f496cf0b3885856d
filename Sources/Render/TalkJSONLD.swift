import Models
import Site

/// A talk given as a schema.org `Event`: its title, its day (with the site's offset when the
/// date has a time, by the seminars' rule; its year alone when no more is known), the `location` as a `Place`, the event it was part
/// of as the `superEvent`, the site's author as the `performer`, the abstract as the
/// `description`. Every value is one the talk's page shows.
struct TalkJSONLD: Sendable {
    let inputs: HeadInputs

    func node(of talk: GivenTalk, page: SitePage) -> JSONValue {
        let start = talk.isYearOnly ? String(talk.date.year)
            : talk.date.hour == nil ? talk.date.isoDate : SiteClock(zone: inputs.timeZone).rfc3339(talk.date)
        return .node("Event", [
            "name": .string(page.title),
            "startDate": .string(start),
            "eventStatus": .string("https://schema.org/EventScheduled"),
            "eventAttendanceMode": talk.location.map { _ in .string("https://schema.org/OfflineEventAttendanceMode") },
            "location": talk.location.map { .node("Place", ["name": .string($0)]) },
            "superEvent": talk.event.map {
                .node("Event", ["name": .string($0), "url": talk.eventURL.flatMap(inputs.absolute).map(JSONValue.string)])
            },
            "performer": performer(),
            "description": .text(talk.abstract),
            "url": inputs.absolute(route: page.route).map(JSONValue.string),
        ])
    }

    /// The site's author, who gave the talk.
    private func performer() -> JSONValue? {
        guard let author = inputs.author else { return nil }
        return .node("Person", [
            "name": .string(author.name),
            "affiliation": author.affiliation.map { .node("Organization", ["name": .string($0)]) },
            "url": inputs.absolute(route: "").map(JSONValue.string),
        ])
    }
}
