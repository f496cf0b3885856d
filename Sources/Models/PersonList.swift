import YAML

/// People where a list is expected (`supervisors`, `contacts`): a list of persons, one person
/// (a name or a mapping), or one text of names that is split as `NameList` splits it
/// (`supervisors: Léa Martin and Jo Smith` is two supervisors).
public struct PersonList: Sendable, Hashable, YAMLDecodable {
    public var persons: [Person]

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        if case .string? = node.scalar?.value {
            guard let names = NameList(yaml: node, decoder: decoder) else { return nil }
            persons = names.names.map { Person(name: $0) }
            return
        }
        guard let persons = [Person](yaml: node, decoder: decoder) else { return nil }
        self.persons = persons
    }
}
