import YAML

/// A position: open until its deadline has passed, then closed but still reachable (see the
/// Site stage's `TimeStatus`).
public struct JobOffer: Sendable, Hashable {
    public enum Position: String, Sendable, Hashable, CaseIterable {
        case phd, postdoc, internship, engineer, faculty, other

        public var label: String {
            switch self {
            case .phd: return "PhD position"
            case .postdoc: return "Postdoctoral position"
            case .internship: return "Internship"
            case .engineer: return "Engineer position"
            case .faculty: return "Faculty position"
            case .other: return "Position"
            }
        }
    }

    public var position: Position?
    public var location: String?
    public var salary: String?
    public var start: DateOrText?
    public var duration: String?
    public var deadline: ContentDate?
    public var contacts: [Person]
    public var howToApply: String?
    public var references: [String]

    static func decode(_ reader: inout YAMLObjectReader) -> JobOffer {
        let decoder = reader.decoder
        var position: Position?
        if let node = reader.node("position"), let name = String(yaml: node, decoder: decoder) {
            position = Position(rawValue: name.lowercased())
            if position == nil {
                decoder.error("unknown position '\(name)'; expected one of: \(Position.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
            }
        }
        return JobOffer(
            position: position, location: reader.optional("location"), salary: reader.optional("salary"),
            start: reader.optional("start_date") ?? reader.optional("start"), duration: reader.optional("duration"),
            deadline: reader.optional("deadline"),
            contacts: (reader.optional("contacts", as: PersonList.self) ?? reader.optional("contact", as: PersonList.self))?.persons ?? [],
            howToApply: reader.optional("how_to_apply"), references: reader.optional("references") ?? [])
    }
}
