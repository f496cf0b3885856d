import YAML

/// What the imported site's `site.yml` holds, and its text.
public struct SiteSettings: Sendable, Hashable {
    /// A link of the profile or the menu.
    public struct Link: Sendable, Hashable {
        public var label: String
        public var url: String

        public init(label: String, url: String) {
            self.label = label
            self.url = url
        }
    }

    /// The owner, shown in the profile box.
    public struct Author: Sendable, Hashable {
        public var name: String
        public var role: String?
        public var affiliation: String?
        public var email: String?
        public var avatar: String?
        public var links: [Link] = []

        public init(name: String) {
            self.name = name
        }
    }

    public var title: String?
    public var description: String?
    public var baseURL: String?
    public var language: String?
    public var timezone: String?
    public var author: Author?
    public var ownerNames: [String] = []
    /// al-folio's `max_author_limit`.
    public var maxAuthors: Int?
    /// nil: no menu was found, and sitegen makes one from the sections.
    public var menu: [Link]?

    public init() {}

    /// `site.yml` as sitegen reads it, keys in the README's order, every text quoted.
    public var text: String {
        var lines = ["# Imported from a Jekyll site by sitegen import; see IMPORT.md for what was not converted."]
        func add(_ key: String, _ value: String?, indent: String = "") {
            if let value { lines.append("\(indent)\(key): \(YAMLQuoting.quoted(value))") }
        }
        add("title", title)
        add("description", description)
        add("base_url", baseURL)
        add("language", language)
        add("timezone", timezone)
        if let author {
            lines.append("author:")
            add("name", author.name, indent: "  ")
            add("role", author.role, indent: "  ")
            add("affiliation", author.affiliation, indent: "  ")
            add("email", author.email, indent: "  ")
            add("avatar", author.avatar, indent: "  ")
            if !author.links.isEmpty {
                lines.append("  links:")
                for link in author.links {
                    lines.append("    - {label: \(YAMLQuoting.quoted(link.label)), url: \(YAMLQuoting.quoted(link.url))}")
                }
            }
        }
        if !ownerNames.isEmpty {
            lines.append("owner_names: [" + ownerNames.map(YAMLQuoting.quoted).joined(separator: ", ") + "]")
        }
        if let maxAuthors { lines.append("max_authors: \(maxAuthors)") }
        if let menu {
            lines.append(menu.isEmpty ? "menu: []" : "menu:")
            for link in menu {
                lines.append("  - {title: \(YAMLQuoting.quoted(link.label)), url: \(YAMLQuoting.quoted(link.url))}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
