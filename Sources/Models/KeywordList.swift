import Foundation
import YAML

/// Keywords: a list of free text, or one text of comma-separated keywords
/// (`keywords: sparsity, networks` is two keywords, as tag lines are usually written).
public struct KeywordList: Sendable, Hashable, YAMLDecodable {
    public var keywords: [String]

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        if case .string? = node.scalar?.value, let text = node.scalar?.text {
            keywords = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return
        }
        guard let keywords = [String](yaml: node, decoder: decoder) else { return nil }
        self.keywords = keywords
    }
}
