/// Finds `<img>` tags without an `alt` attribute in raw HTML that a Markdown body contains,
/// read as a browser reads them (`HTMLTagTokenizer`): an image inside an HTML comment is shown
/// to no one and is not found, as `sitegen check` does not find it in the built page.
enum RawHTMLImages {
    /// The `src` of each such image, as written (empty when it has none).
    static func sourcesWithoutAlt(in html: String) -> [String] {
        HTMLTagTokenizer.tokens(of: html).compactMap { _, token in
            guard case .startTag(let tag) = token, tag.name == "img", !tag.attributes.contains(where: { $0.name == "alt" }) else {
                return nil
            }
            return tag.attributes.first { $0.name == "src" }?.rawValue ?? ""
        }
    }
}
