import YAML

/// The front-matter keys every page understands, whatever its kind.
public struct PageFrontMatter: Sendable {
    public var title: String?
    public var date: ContentDate?
    public var slug: String?
    public var draft: Bool
    /// From the folder (`news/`), else `kind:`, else Jekyll's `layout:` or `category:` when they name a kind.
    public var kind: PageKind
    /// The kind's typed model.
    public var model: PageModel
    /// A template name from the site's `templates/` or the theme, instead of the kind's default.
    public var template: String?
    public var description: String?
    /// Keys no model reads, kept for templates as `page.extra.KEY`.
    public var extra: [(key: String, value: YAMLNode)]
    /// Nodes of keys whose values diagnostics may point at later (slug, template, bibkey, and
    /// the images the model names: `HomePage.bannerMark`, `Publication.previewMark`).
    public var marks: [String: YAMLMark]

    public init(kind: PageKind = .page) {
        self.kind = kind
        model = .page
        draft = false
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
        page.date = reader.optional("date")
        page.slug = reader.optional("slug")
        page.draft = reader.optional("draft") ?? false
        page.description = reader.optional("description") ?? reader.optional("summary")
        page.template = reader.optional("template")
        var explicitKind: PageKind?
        if let kindNode = reader.node("kind"), let name = String(yaml: kindNode, decoder: decoder) {
            explicitKind = PageKind(name: name)
            if explicitKind == nil {
                let known = PageKind.allCases.map(\.rawValue).joined(separator: ", ")
                decoder.error("unknown kind '\(name)'; expected one of: \(known)", at: kindNode)
            }
        }
        var jekyllKind: PageKind?
        for key in ["layout", "category"] {
            if let value = reader.node(key)?.scalar?.text, jekyllKind == nil { jekyllKind = PageKind(name: value) }
        }
        page.kind = context.isSectionIndex ? .page : context.folderKind ?? explicitKind ?? jekyllKind ?? .page
        if page.kind == .talk, context.folderKind == .talk {
            page.kind = seminarInTalksFolder(reader.pairs, explicitKind: explicitKind, decoder: decoder) ? .seminar : .talk
        }
        for key in ["slug", "template"] + (page.kind == .publication ? ["bibkey"] : []) {
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

    /// Whether a file of `talks/` is a seminar session: `talks/` held sessions before talks
    /// given were a kind of their own, so a file that says `kind: seminar`, or is shaped like a
    /// session (a `talks:` list, or the flat `first_seminar_…` keys), is still read as one; the
    /// shaped one with a warning at the key that shows it, so that the site keeps building.
    private static func seminarInTalksFolder(_ pairs: [YAMLPair], explicitKind: PageKind?, decoder: YAMLDecoder) -> Bool {
        if explicitKind == .seminar { return true }
        guard let shape = SeminarSession.shapeKey(in: pairs) else { return false }
        decoder.report(.warning, "this file has '\(shape.key)', so it is read as a seminar session; talks/ is now for talks you gave: "
            + "move it to seminars/ or add 'kind: seminar'", at: shape.mark)
        return true
    }
}
