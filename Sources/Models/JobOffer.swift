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

    /// Google's employment types, as `employment_type:` writes them (`full-time`, …).
    public enum EmploymentType: String, Sendable, Hashable, CaseIterable {
        case fullTime = "full-time", partTime = "part-time", contractor, temporary, intern, volunteer, perDiem = "per-diem", other

        /// The value of JobPosting's `employmentType`: `FULL_TIME`, `PER_DIEM`.
        public var schemaValue: String { rawValue.uppercased().replacingOccurrences(of: "-", with: "_") }

        public var label: String {
            switch self {
            case .fullTime: return "Full-time"
            case .partTime: return "Part-time"
            case .contractor: return "Contractor"
            case .temporary: return "Temporary"
            case .intern: return "Internship"
            case .volunteer: return "Volunteer"
            case .perDiem: return "Per diem"
            case .other: return "Other"
            }
        }
    }

    public var position: Position?
    /// `employment_type:`.
    public var employmentType: EmploymentType?
    /// `remote: true`: the job is done from anywhere in the organization's country.
    public var remote = false
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
        var employmentType: EmploymentType?
        if let node = reader.node("employment_type"), let name = String(yaml: node, decoder: decoder) {
            employmentType = EmploymentType(rawValue: name.lowercased())
            if employmentType == nil {
                decoder.error("unknown employment type '\(name)'; expected one of: \(EmploymentType.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
            }
        }
        return JobOffer(
            position: position, employmentType: employmentType, remote: reader.optional("remote") ?? false,
            location: reader.optional("location"), salary: reader.optional("salary"),
            start: reader.optional("start_date") ?? reader.optional("start"), duration: reader.optional("duration"),
            deadline: reader.optional("deadline"),
            contacts: (reader.optional("contacts", as: PersonList.self) ?? reader.optional("contact", as: PersonList.self))?.persons ?? [],
            howToApply: reader.optional("how_to_apply"), references: reader.optional("references") ?? [])
    }
}
