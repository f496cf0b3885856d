import YAML

/// A date when it is one (`2026-09-01`), else the text as written (`as soon as possible`).
public enum DateOrText: Sendable, Hashable, YAMLDecodable {
    case date(ContentDate)
    case text(String)

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard let text = String(yaml: node, decoder: decoder) else { return nil }
        self = ContentDate(parsing: text).map(DateOrText.date) ?? .text(text)
    }
}
