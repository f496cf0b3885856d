import YAML

/// The front-matter keys every page understands, whatever its kind.
public struct PageFrontMatter: Sendable {
    public var title: String?
    public var date: ContentDate?
    /// `date: 2023`, a year alone, for a kind whose model takes one (`PageModel.acceptsYearAlone`).
    public var yearAlone: Int?
    /// Whether the front matter has a `date:`, valid or not: a model that needs a date does not
    /// report it missing when it is only wrong (the date's own error says what is wrong).
    public var writesDate: Bool
    public var slug: String?
    /// The page's URL as Jekyll's `permalink:` gives it (`/about/`, `/:year/:title.html`), unresolved.
    public var permalink: String?
    /// Old URLs of the page (`redirect_from:`, a path or a list), each marked `redirect_from#N`.
    public var redirectFrom: [String]
    /// Jekyll's `categories:` (a list, or words split at spaces), for the `:categories`
    /// placeholder; the key stays in `extra` for templates.
    public var categories: [String]
    public var draft: Bool
    /// From `kind:`, else the folder (`news/`), else Jekyll's `layout:` or `category:` when they name a kind.
    public var kind: PageKind
    /// The kind's typed model.
    public var model: PageModel
    /// A template name from the site's `templates/` or the theme, instead of the kind's default.
    public var template: String?
    public var description: String?
    /// Keys no model reads, kept for templates as `page.extra.KEY`.
    public var extra: [(key: String, value: YAMLNode)]
    /// Nodes of keys whose values diagnostics may point at later (slug, permalink, each
    /// `redirect_from#N`, template, bibkey, and
    /// the images the model names: `HomePage.bannerMark`, `Publication.previewMark`).
    public var marks: [String: YAMLMark]

    public init(kind: PageKind = .page) {
        self.kind = kind
        model = .page
        draft = false
        writesDate = false
        redirectFrom = []
        categories = []
        extra = []
        marks = [:]
    }

    /// Reads front matter and the kind's model; a file without front matter decodes from nil.
    /// Returns nil after recording errors on the decoder.
    public static func decode(_ node: YAMLNode?, decoder: YAMLDecoder, context: PageContext) -> PageFrontMatter? {
        var page = PageFrontMatter()
        guard var reader = decoder.object(node ?? YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), mark: context.missingKeyMark),
                                          describing: "front matter") else { return nil }
        page.title = reader.optional("title")
        page.slug = reader.optional("slug")
        page.permalink = reader.optional("permalink")
        page.redirectFrom = redirects(reader.node("redirect_from"), decoder: decoder, marks: &page.marks)
        page.categories = categories(reader.pairs.first { $0.key.scalar?.text == "categories" }?.value)
        page.draft = reader.optional("draft") ?? false
        page.description = reader.optional("description") ?? reader.optional("summary") ?? reader.optional("excerpt")
        page.template = reader.optional("template")
        var explicitKind: PageKind?
        if let kindNode = reader.node("kind"), let name = String(yaml: kindNode, decoder: decoder) {
            explicitKind = PageKind(name: name)
            if explicitKind == nil {
                let known = PageKind.allCases.map(\.rawValue).joined(separator: ", ")
                decoder.error("unknown kind '\(name)'; expected one of: \(known)", at: kindNode)
                // Read as a plain page: the folder's model would only add errors about a kind not meant.
                explicitKind = .page
            }
        }
        var jekyllKind: PageKind?
        for key in ["layout", "category"] {
            if let value = reader.node(key)?.scalar?.text, jekyllKind == nil { jekyllKind = PageKind(name: value) }
        }
        page.kind = context.isSectionIndex ? .page : explicitKind ?? context.folderKind ?? jekyllKind ?? .page
        if explicitKind == nil, page.kind == .talk, context.folderKind == .talk, seminarInTalksFolder(reader.pairs, decoder: decoder) {
            page.kind = .seminar
        }
        if let dateNode = reader.node("date") {
            page.writesDate = true
            page.readDate(dateNode, decoder: decoder)
        }
        for key in ["slug", "permalink", "template"] + (page.kind == .publication ? ["bibkey"] : []) {
            if let mark = reader.node(key)?.mark { page.marks[key] = mark }
        }
        var marks = page.marks
        let model = PageModel.decode(page.kind, reader: &reader, page: page, context: context, marks: &marks)
        page.marks = marks
        page.extra = reader.unknownPairs(warnAbout: "front matter")
        guard let model else { return nil }
        page.model = model
        return page
    }

    /// Whether a file of `talks/` without `kind:` is a seminar session: `talks/` held sessions
    /// before talks given were a kind of their own, so a file shaped like a session (a `talks:`
    /// list, or the flat `first_seminar_…` keys) is still read as one, with a warning at the key
    /// that shows it, so that the site keeps building.
    private static func seminarInTalksFolder(_ pairs: [YAMLPair], decoder: YAMLDecoder) -> Bool {
        guard let shape = SeminarSession.shapeKey(in: pairs) else { return false }
        decoder.report(.warning, "this file has '\(shape.key)', so it is read as a seminar session; talks/ is now for talks you gave: "
            + "move it to seminars/ or add 'kind: seminar'", at: shape.mark)
        return true
    }

    /// A date, or a year alone (`2023`, which YAML reads as a number) where the kind's model takes one.
    private mutating func readDate(_ node: YAMLNode, decoder: YAMLDecoder) {
        guard let text = node.scalar?.text, text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let year = Int(text) else {
            date = decoder.decode(ContentDate.self, from: node)
            return
        }
        if PageModel.acceptsYearAlone(kind) {
            yearAlone = year
        } else {
            decoder.error("a year alone is not a date for a \(kind.displayName): write the day too, such as \(text)-03-09", at: node)
        }
    }

    /// `redirect_from: /old/` or a list of such paths; each one's mark is kept as `redirect_from#N`.
    static func redirects(_ node: YAMLNode?, decoder: YAMLDecoder, marks: inout [String: YAMLMark]) -> [String] {
        guard let node else { return [] }
        let items = node.sequence ?? [node]
        var paths: [String] = []
        for item in items {
            guard let path = String(yaml: item, decoder: decoder) else { continue }
            marks["redirect_from#\(paths.count)"] = item.mark
            paths.append(path)
        }
        return paths
    }

    /// Jekyll's categories: a list of names, or one text of names separated by spaces.
    static func categories(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        if let items = node.sequence { return items.compactMap { $0.scalar?.text } }
        return node.scalar.map { $0.text.split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
    }
}
