import YAML

/// A supervisor, a contact, a speaker: a name with optional ways to reach them.
public struct Person: Sendable, Hashable, YAMLDecodable {
    public var name: String
    public var affiliation: String?
    public var email: String?
    public var url: WebURL?

    public init(name: String, affiliation: String? = nil, email: String? = nil, url: WebURL? = nil) {
        self.name = name
        self.affiliation = affiliation
        self.email = email
        self.url = url
    }

    /// Either a plain name written as text (`"Ada Quinlan"`) or a mapping `{name, affiliation, email, url}`.
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        if node.scalar != nil {
            guard let name = ExactText(yaml: node, decoder: decoder) else { return nil }
            self.init(name: name.text)
            return
        }
        guard var reader = decoder.object(node, describing: "a person") else { return nil }
        let name = reader.required("name", as: ExactText.self, in: "a person", missingAt: node.mark)?.text
        self.init(name: name ?? "")
        affiliation = reader.optional("affiliation")
        email = reader.optional("email", as: ExactText.self)?.text
        url = reader.optional("url")
        if let email, !Self.isEmail(email) {
            decoder.error("'\(email)' is not an e-mail address", at: reader.node("email") ?? node)
        }
        _ = reader.unknownPairs(warnAbout: "a person")
        if name == nil { return nil }
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "," })
    }
}
