import YAML

/// Front-matter values that no model reads, as templates see them: text, true/false, lists
/// and mappings (`page.extra.venue_url`).
enum YAMLViewValue {
    static func convert(_ node: YAMLNode) -> ViewValue {
        switch node.content {
        case .scalar(let scalar):
            if case .bool(let value) = scalar.value { return .bool(value) }
            return .text(scalar.text)
        case .sequence(let items):
            return .list(items.map(convert))
        case .mapping(let pairs):
            var mapping: [String: ViewValue] = [:]
            for pair in pairs { mapping[pair.key.scalar?.text ?? ""] = convert(pair.value) }
            return .object(mapping)
        }
    }

    static func mapping(_ pairs: [(key: String, value: YAMLNode)]) -> ViewValue {
        var mapping: [String: ViewValue] = [:]
        for (key, value) in pairs { mapping[key] = convert(value) }
        return .object(mapping)
    }
}
