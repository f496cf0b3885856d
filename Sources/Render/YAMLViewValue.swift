import YAML

/// Front-matter values that no model reads, as templates see them: text, true/false, lists
/// and mappings (`page.extra.venue_url`).
enum YAMLViewValue {
    static func convert(_ node: YAMLNode) -> Any {
        switch node.content {
        case .scalar(let scalar):
            if case .bool(let value) = scalar.value { return value }
            return scalar.text
        case .sequence(let items):
            return items.map(convert)
        case .mapping(let pairs):
            var mapping: [String: Any] = [:]
            for pair in pairs { mapping[pair.key.scalar?.text ?? ""] = convert(pair.value) }
            return mapping
        }
    }

    static func mapping(_ pairs: [(key: String, value: YAMLNode)]) -> [String: Any] {
        var mapping: [String: Any] = [:]
        for (key, value) in pairs { mapping[key] = convert(value) }
        return mapping
    }
}
