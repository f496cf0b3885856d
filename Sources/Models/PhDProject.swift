import YAML

/// A PhD project: who, where, since when, and what it is about.
public struct PhDProject: Sendable, Hashable {
    public var student: String?
    public var supervisors: [Person]
    public var institution: String?
    public var team: String?
    public var start: DateOrText?
    public var defence: DateOrText?
    public var status: String?
    public var keywords: [String]

    static func decode(_ reader: inout YAMLObjectReader) -> PhDProject {
        PhDProject(
            student: reader.optional("student", as: ExactText.self)?.text,
            supervisors: (reader.optional("supervisors", as: PersonList.self) ?? reader.optional("supervisor", as: PersonList.self))?.persons ?? [],
            institution: reader.optional("institution"),
            team: reader.optional("team"),
            start: reader.optional("start_date") ?? reader.optional("start"),
            defence: reader.optional("defence_date") ?? reader.optional("defense_date") ?? reader.optional("defence"),
            status: reader.optional("status"),
            keywords: reader.optional("keywords", as: KeywordList.self)?.keywords ?? [])
    }
}
