import LaTeX
import YAML

/// A Markdown publication that names an entry of the site's `.bib` files (`bibkey: KEY`)
/// instead of describing a paper itself: it adds its body, links, image, abstract and
/// `selected` to that entry's page, and makes no page of its own. It needs no authors or year.
public struct PublicationEnrichment: Sendable, Hashable {
    /// The key of the entry it enriches.
    public var key: String
    /// Shown after the entry's own links.
    public var links: [LabeledLink]
    /// An image for the entry (`preview`, or `image`), over the entry's own.
    public var preview: WebURL?
    /// Used when the entry has no abstract of its own.
    public var abstract: DisplayText?
    /// Puts the entry on the home page (an entry already selected stays selected).
    public var selected: Bool

    public init(key: String) {
        self.key = key
        links = []
        selected = false
    }

    /// What the entry itself gives, which an enrichment cannot change.
    static let ignoredFields = ["title", "authors", "year", "date", "venue", "type"]

    /// Reads `bibkey`, `links`, `preview` (or `image`), `abstract` and `selected`; nil when
    /// there is no usable `bibkey` (an error is recorded when it is not one word of text).
    /// `marks` gets the image's position, as `Publication.previewMark`.
    static func decode(_ reader: inout YAMLObjectReader, marks: inout [String: YAMLMark]) -> PublicationEnrichment? {
        let decoder = reader.decoder
        guard let keyNode = reader.node("bibkey"), let key = String(yaml: keyNode, decoder: decoder) else { return nil }
        guard !key.isEmpty, !key.contains(where: \.isWhitespace) else {
            decoder.error("bibkey '\(key)' is not a BibTeX key: give the key of one entry, such as knuth1984", at: keyNode)
            return nil
        }
        var enrichment = PublicationEnrichment(key: key)
        enrichment.links = reader.node("links").map { Publication.decodeLinks($0, decoder: decoder) } ?? []
        let imageKey = reader.node("preview") != nil ? "preview" : "image"
        if let node = reader.node(imageKey) {
            enrichment.preview = WebURL(yaml: node, decoder: decoder, for: .image)
            marks[Publication.previewMark] = node.mark
        }
        enrichment.abstract = reader.optional("abstract", as: String.self).map(DisplayText.init(plain:))
        enrichment.selected = reader.optional("selected", as: Bool.self) ?? false
        for field in ignoredFields {
            if let node = reader.node(field) {
                decoder.warning("'\(field)' is ignored beside 'bibkey': the page shows the \(field) of the .bib entry '\(key)'", at: node)
            }
        }
        return enrichment
    }
}
