import YAML

/// `content/index.md`: the about text, with the profile from `site.yml`.
/// Jekyll's `header.image` becomes a banner; `author_profile: false` hides the profile;
/// `layout` and `classes` are accepted and ignored.
public struct HomePage: Sendable, Hashable {
    public var banner: WebURL?
    public var showsProfile: Bool

    static func decode(_ reader: inout YAMLObjectReader) -> HomePage {
        var home = HomePage(banner: nil, showsProfile: reader.optional("author_profile") ?? true)
        if let header = reader.node("header"), var headerReader = reader.decoder.object(header, describing: "'header'") {
            let image = headerReader.node("image") ?? headerReader.node("overlay_image")
            home.banner = image.flatMap { WebURL(yaml: $0, decoder: reader.decoder, for: .image) }
            _ = headerReader.unknownPairs(warnAbout: "'header'")
        }
        reader.accept("layout", "classes")
        return home
    }
}
