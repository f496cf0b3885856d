import Foundation

/// A JSON value, typed: what JSON-LD is built of. Objects keep their keys in the order they
/// were given, so that the same page always gives the same bytes.
enum JSONValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    /// A number with a fractional part, written exactly as `Decimal` holds it (`12.5`).
    case decimal(Decimal)
    case bool(Bool)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// An object of the pairs whose value is present, in the order given.
    static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { pair in pair.value.map { (key: pair.key, value: $0) } })
    }

    /// A schema.org node: `@type` first, then the pairs whose value is present.
    static func node(_ type: String, _ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        guard case .object(let members) = object(pairs) else { return .object([(key: "@type", value: .string(type))]) }
        return .object([(key: "@type", value: .string(type))] + members)
    }

    /// A text, or nil when it is absent or empty.
    static func text(_ value: String?) -> JSONValue? {
        guard let value, !value.isEmpty else { return nil }
        return .string(value)
    }

    /// One value as it is, several as an array, none as nil.
    static func oneOrMany(_ values: [JSONValue]) -> JSONValue? {
        values.count > 1 ? .array(values) : values.first
    }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let left), .string(let right)): return left == right
        case (.integer(let left), .integer(let right)): return left == right
        case (.decimal(let left), .decimal(let right)): return left == right
        case (.bool(let left), .bool(let right)): return left == right
        case (.array(let left), .array(let right)): return left == right
        case (.object(let left), .object(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }
}
