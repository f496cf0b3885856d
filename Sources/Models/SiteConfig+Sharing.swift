import YAML

/// The `site.yml` keys that machine-readable output needs and the page models lack.
extension SiteConfig {
    /// `organization:` (name, url, address with a country code) and `image:` (the default
    /// picture of sharing previews; a file name alone is read in `/assets/images/`).
    mutating func decodeSharingKeys(_ reader: inout YAMLObjectReader, decoder: YAMLDecoder) {
        organization = reader.node("organization").flatMap { Organization.decode($0, decoder: decoder) }
        if let node = reader.node("image") {
            image = PlacedPath.image(at: node, decoder: decoder, adding: &localImages)
        }
    }
}
