import YAML

/// The site owner as shown in the profile box: from `author:` in `site.yml`.
public struct AuthorProfile: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var affiliation: String?
    public var email: String?
    public var avatar: WebURL?
    public var links: [LabeledLink]

    public init(name: String, role: String? = nil, affiliation: String? = nil, email: String? = nil, avatar: WebURL? = nil, links: [LabeledLink] = []) {
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.email = email
        self.avatar = avatar
        self.links = links
    }

    /// Reads `author:`; a local `avatar` is added to `images`, and the root-relative URLs of
    /// `links` to `links`, each with where it is written.
    static func decode(_ node: YAMLNode, decoder: YAMLDecoder, images: inout [PlacedPath], links: inout [PlacedPath]) -> AuthorProfile? {
        guard var reader = decoder.object(node, describing: "'author'") else { return nil }
        let name = reader.required("name", as: ExactText.self, in: "'author'", missingAt: node.mark)?.text
        var profile = AuthorProfile(name: name ?? "")
        profile.role = reader.optional("role")
        profile.affiliation = reader.optional("affiliation")
        profile.email = reader.optional("email", as: ExactText.self)?.text
        if let email = profile.email, !Person.isEmail(email) {
            decoder.error("'\(email)' is not an e-mail address", at: reader.node("email") ?? node)
        }
        if let node = reader.node("avatar") {
            profile.avatar = PlacedPath.image(at: node, decoder: decoder, adding: &images)
        }
        if let linksNode = reader.node("links") {
            profile.links = LabeledLink.list(from: linksNode, decoder: decoder, describing: "'author.links'", adding: &links) ?? []
        }
        _ = reader.unknownPairs(warnAbout: "'author'")
        return name == nil ? nil : profile
    }
}
