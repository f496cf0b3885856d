import YAML

/// Jekyll's collections and posts as sitegen sections: `_publications` → `content/publications/`
/// (academicpages' `paperurl`, `slidesurl`, `bibtexurl` as links, `excerpt` as the abstract, the
/// authors read from `citation` when the item names none), `_talks`, `_teaching`, `_projects`,
/// al-folio's `_news` (an `inline: true` item without its title, so that it shows whole in the
/// list), `_posts` (into `blog/` as news items, or `news/` when there is no `_news`), and any other collection
/// `_config.yml` declares. Each item keeps its Jekyll URL through `permalink`.
struct CollectionMapping {
    private(set) var files: [ImportedFile] = []
    private(set) var notes: [ImportNote] = []

    struct Collection {
        /// `publications`, or `posts` for `_posts`.
        var name: String
        /// The section folder under `content/`.
        var section: String
        /// The URL pattern of its items, nil when Jekyll writes no page for them.
        var permalink: String?
    }

    /// The collections of a site: those of `_config.yml` and the usual folders, with the section each becomes.
    static func collections(config: YAMLNode?, folders: (String) -> [String]) -> [Collection] {
        var declared: [String: YAMLNode] = [:]
        for pair in config?["collections"]?.mapping ?? [] {
            if let name = pair.key.scalar?.text { declared[name] = pair.value }
        }
        let usual = ["publications", "talks", "teaching", "projects", "news"]
        var names = usual.filter { declared[$0] != nil || !folders("_\($0)").isEmpty }
        names += declared.keys.sorted().filter { !usual.contains($0) && !folders("_\($0)").isEmpty }
        var collections = names.map { name in
            let node = declared[name]
            let outputs = node?["output"]?.scalar?.value == .bool(true)
            let pattern = node?["permalink"].flatMap(ConfigMapping.text) ?? "/:collection/:path:output_ext"
            return Collection(name: name, section: name, permalink: outputs ? pattern : nil)
        }
        if !folders("_posts").isEmpty {
            let pattern = config?["permalink"].flatMap(ConfigMapping.text) ?? "date"
            collections.append(Collection(name: "posts", section: names.contains("news") ? "blog" : "news", permalink: pattern))
        }
        return collections
    }

    init(collections: [Collection], source: JekyllSource, liquid: LiquidRewriter, ownerName: String?) throws(ImportFailure) {
        var items: [(collection: Collection, page: JekyllPage, stem: String, url: String?)] = []
        for collection in collections {
            for path in source.files(under: "_\(collection.name)") {
                let relative = path.dropFirst(collection.name.count + 2)
                guard JekyllImporter.isPage(path) else {
                    files.append(ImportedFile(path: "content/\(collection.section)/\(relative)", contents: try source.data(path), sources: [path]))
                    continue
                }
                let stem = relative.range(of: ".", options: .backwards).map { String(relative[..<$0.lowerBound]) } ?? String(relative)
                let page = try JekyllPage(path: path, text: try source.text(path))
                items.append((collection, page, stem, Self.url(of: page, in: collection)))
            }
        }
        let owners = Self.urlOwners(items.map { ($0.url, $0.page.path, $0.stem) })
        for (collection, page, stem, url) in items {
            let path = page.path
            var editor = FrontMatterEditor(text: page.frontMatterText ?? "", tree: page.frontMatter)
            editor.remove("collection")
            if let url {
                if let owner = owners[Self.claimKey(url)], owner != path {
                    editor.remove("permalink")
                    notes.append(ImportNote(
                        file: path, line: page.frontMatter?["permalink"].map(page.line), subject: "`permalink: \(url)`, which \(owner) has too",
                        advice: "Jekyll wrote one page over the other there; this one is left without its permalink, so it has a URL of its own"))
                } else if page.text("permalink") == nil {
                    editor.add("permalink", YAMLQuoting.quoted(url))
                }
            }
            switch collection.name {
            case "publications": mapPublication(page, editor: &editor, ownerName: ownerName)
            // Posts beside al-folio's news are a list of their own, of dated items with titles.
            case "posts" where collection.section != "news" && page.frontMatter?["kind"] == nil:
                editor.add("kind", "news")
            case "news" where page.frontMatter?["inline"]?.scalar?.value == .bool(true):
                editor.remove("inline")
                editor.remove("title")
            default: break
            }
            let rewritten = liquid.rewrite(page.body, file: path, firstLine: page.bodyStartLine)
            notes += rewritten.notes
            let frontMatter = editor.text
            files.append(ImportedFile(path: "content/\(collection.section)/\(stem).md",
                                      text: "---\n" + frontMatter + "---\n" + KramdownMath.inlined(rewritten.body), sources: [path]))
        }
    }

    /// URLs told apart as a server tells them apart: `/a/`, `/a` and `/a/index.html` are one.
    static func claimKey(_ url: String) -> String {
        var key = url.hasSuffix("/index.html") ? String(url.dropLast("index.html".count)) : url
        while key.hasSuffix("/"), key.count > 1 { key.removeLast() }
        return key
    }

    /// For each URL that several items claim, the one that keeps it: the item whose file is
    /// named like the URL's last segment (`2024-02-17-paper-4.md` for `/publication/2024-02-17-paper-4`,
    /// `2015-08-14-blog-post-4.md` for `/posts/2012/08/blog-post-4/`), else the first.
    static func urlOwners(_ claims: [(url: String?, path: String, stem: String)]) -> [String: String] {
        var claimants: [String: [(path: String, stem: String)]] = [:]
        var order: [String] = []
        for claim in claims {
            guard let url = claim.url else { continue }
            let key = claimKey(url)
            if claimants[key] == nil { order.append(key) }
            claimants[key, default: []].append((claim.path, claim.stem))
        }
        var owners: [String: String] = [:]
        for key in order {
            guard let all = claimants[key], all.count > 1 else { continue }
            let segment = key.split(separator: "/").last.map { String($0).replacingOccurrences(of: ".html", with: "") } ?? ""
            let named = all.first { $0.stem == segment || $0.stem.hasSuffix("-" + segment) }
            owners[key] = (named ?? all[0]).path
        }
        return owners
    }

    /// The URL Jekyll gives an item: its own permalink, else its collection's pattern resolved;
    /// nil when Jekyll writes no page for it.
    static func url(of page: JekyllPage, in collection: Collection) -> String? {
        if let own = page.text("permalink") { return own }
        guard let pattern = collection.permalink else { return nil }
        let categoriesNode = page.frontMatter?["categories"] ?? page.frontMatter?["category"]
        let categories = (categoriesNode?.sequence ?? categoriesNode.map { [$0] } ?? []).compactMap(ConfigMapping.text)
            .flatMap { $0.split(separator: " ").map(String.init) }
        return JekyllPermalink.resolve(pattern, path: page.path, collection: collection.name, date: page.text("date"), categories: categories)
    }

    /// academicpages' publication keys as sitegen's.
    private mutating func mapPublication(_ page: JekyllPage, editor: inout FrontMatterEditor, ownerName: String?) {
        // Keys left empty (academicpages' sample writes `paperurl: #'…'`) go too.
        for key in ["paperurl", "slidesurl", "bibtexurl", "excerpt"] where page.frontMatter?[key] != nil {
            editor.remove(key)
        }
        let links = [("paperurl", "pdf"), ("slidesurl", "slides"), ("bibtexurl", "bib")].compactMap { key, label in
            page.text(key).map { "  \(label): \(YAMLQuoting.quoted($0))" }
        }
        if !links.isEmpty {
            if page.frontMatter?["links"] == nil {
                editor.add("links", "\n" + links.joined(separator: "\n"))
            } else {
                notes.append(ImportNote(file: page.path, line: page.frontMatter?["links"].map(page.line), subject: "`paperurl`, `slidesurl` or `bibtexurl` beside `links`",
                                        advice: "left out, since the item has links already: add them to its links"))
            }
        }
        if let excerpt = page.text("excerpt"), page.frontMatter?["abstract"] == nil {
            editor.add("abstract", YAMLQuoting.quoted(excerpt))
        }
        guard page.frontMatter?["authors"] == nil, page.frontMatter?["author"] == nil else { return }
        let authors = page.text("citation").map(CitationAuthors.authors(of:)) ?? []
        if !authors.isEmpty {
            editor.add("authors", "[" + authors.map(YAMLQuoting.quoted).joined(separator: ", ") + "]")
        } else if let ownerName {
            editor.add("authors", "[\(YAMLQuoting.quoted(ownerName))]")
            notes.append(ImportNote(file: page.path, line: nil, subject: "no `authors` and no `citation` to read them from",
                                    advice: "written as [\(ownerName)]: list the real authors in its authors"))
        }
    }
}
