import YAML

/// The front-matter keys every page understands, whatever its kind.
public struct PageFrontMatter: Sendable {
    public var title: String?
    public var date: ContentDate?
    public var slug: String?
    public var draft: Bool
    /// An explicit `kind:`; also Jekyll's `layout:` or `category:` when they name a kind.
    public var kind: PageKind?
    /// A template name from the site's `templates/` or the theme, instead of the kind's default.
    public var template: String?
    public var description: String?
    /// Keys no model reads, kept for templates as `page.extra.KEY`.
    public var extra: [(key: String, value: YAMLNode)]
    /// Nodes of keys whose values diagnostics may point at later (slug, template).
    public var marks: [String: YAMLMark]

    public init() {
        draft = false
        extra = []
        marks = [:]
    }

    /// Reads front matter; a file without front matter decodes from nil.
    public static func decode(_ node: YAMLNode?, decoder: YAMLDecoder) -> PageFrontMatter? {
        var page = PageFrontMatter()
        guard let node else { return page }
        guard var reader = decoder.object(node, describing: "front matter") else { return nil }
        page.title = reader.optional("title")
        page.date = reader.optional("date")
        page.slug = reader.optional("slug")
        page.draft = reader.optional("draft") ?? false
        page.description = reader.optional("description") ?? reader.optional("summary")
        page.template = reader.optional("template")
        if let kindNode = reader.node("kind"), let name = String(yaml: kindNode, decoder: decoder) {
            page.kind = PageKind(name: name)
            if page.kind == nil {
                let known = PageKind.allCases.map(\.rawValue).joined(separator: ", ")
                decoder.error("unknown kind '\(name)'; expected one of: \(known)", at: kindNode)
            }
        }
        for jekyllKey in ["layout", "category"] where page.kind == nil {
            if let value = reader.node(jekyllKey)?.scalar?.text { page.kind = PageKind(name: value) }
        }
        for key in ["slug", "template"] {
            if let mark = reader.node(key)?.mark { page.marks[key] = mark }
        }
        page.extra = reader.unknownPairs(warnAbout: "front matter")
        return page
    }
}
