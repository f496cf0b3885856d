/// A scalar with its source text, how it was written, and its value under the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)

        var kindDescription: String {
            switch self {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int, .float: return "a number"
            case .string: return "a string"
            }
        }
    }

    public var text: String
    public var style: Style
    public var value: Value

    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.value = YAMLScalar.resolve(text, style: style, tag: tag)
    }

    /// YAML 1.2 core schema: only plain scalars are resolved; `yes`, `no`, `on`, `off` stay strings.
    static func resolve(_ text: String, style: Style, tag: String?) -> Value {
        switch tag {
        case "tag:yaml.org,2002:str", "!": return .string(text)
        case nil: guard style == .plain else { return .string(text) }
        default: break
        }
        if let value = CoreSchema.resolve(text) { return value }
        return .string(text)
    }
}
