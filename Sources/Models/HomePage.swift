import YAML

/// `content/index.md`: the about text, with the profile from `site.yml`.
/// Jekyll's `header.image` becomes a banner (a file name alone is read in `/assets/images/`, as
/// academicpages reads it in `/images/`); `author_profile: false` hides the profile; `layout` and
/// `classes` are accepted and ignored.
public struct HomePage: Sendable, Hashable {
    public var banner: WebURL?
    public var showsProfile: Bool

    /// The key of the banner's position in `PageFrontMatter.marks`.
    public static let bannerMark = "header.image"

    /// Reads the home page's keys; `marks` gets the banner's position.
    static func decode(_ reader: inout YAMLObjectReader, marks: inout [String: YAMLMark]) -> HomePage {
        var home = HomePage(banner: nil, showsProfile: reader.optional("author_profile") ?? true)
        if let header = reader.node("header"), var headerReader = reader.decoder.object(header, describing: "'header'") {
            if let image = headerReader.node("image") ?? headerReader.node("overlay_image") {
                home.banner = WebURL(yaml: image, decoder: reader.decoder, for: .image)?.inImagesFolder
                marks[Self.bannerMark] = image.mark
            }
            _ = headerReader.unknownPairs(warnAbout: "'header'")
        }
        reader.accept("layout", "classes")
        return home
    }
}
