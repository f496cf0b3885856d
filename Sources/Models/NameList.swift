import Foundation
import YAML

/// People's names where a list is expected (`authors`, `owner_names`, and the plain-name form of
/// `supervisors` and `contacts`).
///
/// A YAML list holds one name per item, each written as text (`authors: [Ana Costa, 42]` is an
/// error at `42`). One text instead of a list is split BibTeX-style at the word `and`:
/// `authors: Ana Costa and Léa Martin` is two authors, `authors: Léa Martin` one. One text with
/// a comma is refused: `A, B and C` and BibTeX's `Martin, Léa and Costa, Ana` cannot be told apart.
public struct NameList: Sendable, Hashable, YAMLDecodable {
    public var names: [String]
    /// Whether the names were one text split at ` and ` rather than a list.
    public var wasOneText = false

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard node.sequence == nil, case .string? = node.scalar?.value, let text = node.scalar?.text else {
            guard let items = [ExactText](yaml: node, decoder: decoder) else { return nil }
            names = items.map(\.text)
            return
        }
        guard let names = Self.split(text) else {
            decoder.error("'\(text)' is one text with a comma: write the names as a list, one per item, such as [Ana Costa, Léa Martin]", at: node)
            return nil
        }
        self.names = names
        wasOneText = true
    }

    /// The names of one text: split at ` and `, trimmed; nil when the text holds a comma.
    static func split(_ text: String) -> [String]? {
        guard !text.contains(",") else { return nil }
        return text.components(separatedBy: " and ")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
