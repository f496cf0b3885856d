import YAML

/// A link with its label: a profile link, a menu entry, a custom publication link.
public struct LabeledLink: Sendable, Hashable {
    public var label: String
    public var url: WebURL

    public init(label: String, url: WebURL) {
        self.label = label
        self.url = url
    }

    /// Reads either a list of `{label, url}` (also `{title, url}` or `{name, url}`) or a mapping
    /// `Label: url` such as `ORCID: https://orcid.org/…`.
    public static func list(from node: YAMLNode, decoder: YAMLDecoder, describing what: String) -> [LabeledLink]? {
        var places: [PlacedPath] = []
        return list(from: node, decoder: decoder, describing: what, adding: &places)
    }

    /// Reads the list as `list(from:decoder:describing:)` does, and adds to `places` each
    /// root-relative URL (`/cv.pdf`, `/teaching/`) with where it is written, for the assembly to
    /// check that the site has it.
    static func list(from node: YAMLNode, decoder: YAMLDecoder, describing what: String, adding places: inout [PlacedPath]) -> [LabeledLink]? {
        func placed(_ url: WebURL, at node: YAMLNode) -> WebURL {
            if url.value.hasPrefix("/"), url.isLocal { places.append(PlacedPath(path: url.value, node: node, decoder: decoder)) }
            return url
        }
        if let pairs = node.mapping {
            var links: [LabeledLink] = []
            for pair in pairs {
                guard let label = String(yaml: pair.key, decoder: decoder),
                      let url = WebURL(yaml: pair.value, decoder: decoder) else { continue }
                links.append(LabeledLink(label: label, url: placed(url, at: pair.value)))
            }
            return links
        }
        guard let items = node.sequence else {
            decoder.error("expected \(what) as a list of {label, url} or a mapping of label: url, found \(node.kindDescription)", at: node)
            return nil
        }
        var links: [LabeledLink] = []
        for item in items {
            guard var reader = decoder.object(item, describing: "a link") else { continue }
            let label = reader.optional("label", as: String.self) ?? reader.optional("title", as: String.self)
                ?? reader.optional("name", as: String.self)
            let url = reader.required("url", as: WebURL.self, in: "a link in \(what)", missingAt: item.mark)
            let urlNode = reader.node("url")
            _ = reader.unknownPairs(warnAbout: "a link")
            guard let url, let urlNode else { continue }
            guard let label else {
                decoder.error("a link in \(what) needs 'label'", at: item)
                continue
            }
            links.append(LabeledLink(label: label, url: placed(url, at: urlNode)))
        }
        return links
    }
}
