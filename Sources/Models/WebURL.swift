import Links
import YAML

/// A URL from front matter or `site.yml` that is safe to put in an `href` or `src`.
///
/// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs are refused with an error,
/// so they never become links. Root-relative URLs are resolved against the base path when
/// the site is assembled.
public struct WebURL: Sendable, Hashable, YAMLDecodable, CustomStringConvertible {
    public var value: String

    public init?(_ value: String) {
        let trimmed = value.trimmingPrefix(while: { $0 == " " })
        guard !trimmed.isEmpty, !LinkPolicy.isDangerous(String(trimmed)),
              !trimmed.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return nil }
        self.value = String(trimmed)
    }

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard let text = String(yaml: node, decoder: decoder) else { return nil }
        guard let url = WebURL(text) else {
            decoder.error("'\(text)' is not a URL that can be linked (use https://…, mailto:…, or a path such as /papers/x.pdf)", at: node)
            return nil
        }
        self = url
    }

    public var description: String { value }
}
