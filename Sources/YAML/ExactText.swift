/// Text that names someone or something exactly: a person's name, an e-mail address.
///
/// Free text (`String`) takes a number as written, since `title: 2001` is a fine title; here a
/// number or a boolean (`name: 42`, `email: 3`, `speaker: true`) is almost certainly a mistake,
/// so it is refused with the fix: quote it if it is meant as text.
public struct ExactText: Sendable, Hashable, YAMLDecodable {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        switch node.scalar?.value {
        case .string?:
            text = node.scalar?.text ?? ""
        case .int?, .float?, .bool?:
            decoder.error(String.quoteHint(for: node), at: node)
            return nil
        case .null?, nil:
            decoder.error("expected text, found \(node.kindDescription)", at: node)
            return nil
        }
    }
}
