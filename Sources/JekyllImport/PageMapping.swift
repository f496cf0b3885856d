import Foundation
import YAML

/// `_pages/` as sitegen pages: each page at the file its URL names, its front matter kept as
/// written (its `permalink` and `redirect_from` with it), its body's Liquid rewritten; the home
/// page (`permalink: /`) as `content/index.md`; a page that only lists a collection (academicpages'
/// `{% for post in site.publications %}`, al-folio's `{% bibliography %}`) as the title and
/// introduction of that section's list, `content/SECTION/index.md`.
struct PageMapping {
    private(set) var files: [ImportedFile] = []
    private(set) var notes: [ImportNote] = []
    /// The old URLs of list pages (`/year-archive/`, as `CollectionMapping.claimKey` writes them)
    /// and the URL of the list that took their place (`/blog/`).
    private(set) var moved: [String: String] = [:]

    /// The section each Jekyll collection becomes, as archive pages loop over them.
    static let sections: [String: String] = [
        "publications": "publications", "talks": "talks", "teaching": "teaching",
        "projects": "projects", "news": "news", "posts": "blog",
    ]

    /// `collections`: the Jekyll collections imported, with the sections they become.
    /// `cv`: al-folio's `_data/cv.yml`, written into the page with `layout: cv`.
    init(pages: [JekyllPage], liquid: LiquidRewriter, collections: [String: String] = [:], cv: CVMapping? = nil) {
        var taken: [String: String] = [:]
        for page in pages {
            guard page.frontMatterText != nil else {
                notes.append(ImportNote(file: page.path, line: nil, subject: "a file without front matter",
                                        advice: "Jekyll copies it as it is, under /_pages/; not imported: copy it into content/ if it is needed"))
                continue
            }
            if page.frontMatter?["published"]?.scalar?.value == .bool(false) {
                notes.append(ImportNote(file: page.path, line: page.frontMatter?["published"].map(page.line), subject: "`published: false`",
                                        advice: "Jekyll does not publish it, so it is not imported"))
                continue
            }
            let permalink = page.text("permalink")
            if permalink == "/404.html" || LiquidRewriter.stem(of: page.path) == "404" {
                notes.append(ImportNote(file: page.path, line: nil, subject: "the page for missing pages",
                                        advice: "not imported: sitegen makes its own 404 page; override templates/404.mustache to change it"))
                continue
            }
            let section = Self.listedSection(page.body, sections: Self.sections.merging(collections) { _, imported in imported })
            let destination: String
            var body = page.body
            var frontMatter = page.frontMatterText ?? ""
            if let section {
                destination = "content/\(section)/index.md"
                body = Self.withoutListing(body)
                frontMatter = Self.archiveFrontMatter(page, section: section)
                if let permalink { moved[CollectionMapping.claimKey(permalink)] = "/\(section)/" }
            } else if let permalink {
                destination = Self.destination(ofPermalink: permalink) ?? "content/" + LiquidRewriter.stem(of: page.path) + ".md"
            } else if !page.path.hasPrefix("_pages/") {
                // Jekyll's URL of a page outside _pages: /about.html, /research/floods.html, or the folder for index.
                let stem = LiquidRewriter.stem(of: page.path)
                destination = "content/" + page.path.replacingOccurrences(of: #"\.[a-z]+$"#, with: ".md", options: .regularExpression)
                if stem != "index" {
                    let url = "/" + page.path.replacingOccurrences(of: #"\.[a-z]+$"#, with: ".html", options: .regularExpression)
                    frontMatter = (frontMatter.isEmpty || frontMatter.hasSuffix("\n") ? frontMatter : frontMatter + "\n")
                        + "permalink: \(YAMLQuoting.quoted(url))\n"
                }
            } else {
                destination = "content/" + LiquidRewriter.stem(of: page.path) + ".md"
                notes.append(ImportNote(file: page.path, line: nil, subject: "no `permalink`",
                                        advice: "Jekyll published it under /_pages/; it is now at /\(LiquidRewriter.stem(of: page.path))/: add redirect_from if links point to the old URL"))
            }
            if let earlier = taken[destination] {
                notes.append(ImportNote(file: page.path, line: nil, subject: "the same URL as \(earlier)",
                                        advice: "not imported, since \(destination) is \(earlier)'s: merge the two by hand"))
                continue
            }
            taken[destination] = page.path
            if page.path.hasSuffix(".html"), section == nil {
                notes.append(ImportNote(file: page.path, line: nil, subject: "an HTML page",
                                        advice: "written as Markdown, where its HTML is kept; check how \(destination) looks"))
            }
            if section == nil {
                let linked = Self.linkingLists(body, collections: collections)
                body = linked.body
                notes += linked.loops.map { loop in
                    ImportNote(file: page.path, line: page.bodyStartLine + loop.line - 1, subject: "`\(loop.opening)` … `{% endfor %}`",
                               advice: "a list that sitegen makes itself, at \(loop.url): replaced by a link to it")
                }
            }
            var rewritten = liquid.rewrite(body, file: page.path, firstLine: page.bodyStartLine)
            if let section {
                let introduction = ListIntroduction(rewritten.body)
                rewritten.body = introduction.text
                if let first = rewritten.notes.first, introduction.removedTags > 0 {
                    notes.append(ImportNote(file: page.path, line: first.line, subject: "\(introduction.removedTags) more Liquid tag\(introduction.removedTags == 1 ? "" : "s") of the listing",
                                            advice: "left out with the HTML that only held the listing, since sitegen's list at /\(section)/ replaces it"))
                }
            } else {
                notes += rewritten.notes
            }
            rewritten.body = KramdownMath.inlined(rewritten.body)
            var text = "---\n" + frontMatter + (frontMatter.isEmpty || frontMatter.hasSuffix("\n") ? "" : "\n") + "---\n" + rewritten.body
            var sources = [page.path]
            if page.text("layout") == "cv" {
                if let cv {
                    let blank = rewritten.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    text += (blank ? "" : rewritten.body.hasSuffix("\n") ? "\n" : "\n\n") + Self.pdfLink(of: page) + cv.markdown
                    sources.append(CVMapping.file)
                    notes += cv.notes
                } else {
                    notes.append(ImportNote(file: page.path, line: page.frontMatter?["layout"].map(page.line), subject: "`layout: cv`",
                                            advice: "the theme made this CV from data (al-folio's assets/json/resume.json) that the import does not read: write the CV into \(destination)"))
                }
            }
            files.append(ImportedFile(path: destination, text: text, sources: sources))
        }
    }

    /// The collection a page lists, if its body loops over one or holds `{% bibliography %}`;
    /// nil for a page that lists several (academicpages' CV lists publications, talks and
    /// teaching), which is a page of its own.
    static func listedSection(_ body: String, sections: [String: String] = sections) -> String? {
        var listed: Set<String> = []
        if body.range(of: #"\{%-?\s*bibliography\b"#, options: .regularExpression) != nil { listed.insert("publications") }
        // al-folio lists its posts through jekyll-paginate-v2, and its news through an include.
        if body.range(of: #"\{%-?\s*for\s+\w+\s+in\s+paginator\.posts\b"#, options: .regularExpression) != nil { listed.insert(sections["posts"] ?? "blog") }
        if body.range(of: #"\{%-?\s*include\s+news\.liquid"#, options: .regularExpression) != nil { listed.insert("news") }
        for (collection, section) in sections
        where body.range(of: #"\{%-?\s*(for\s+\w+\s+in|assign\s+\w+\s*=)\s*site\.\#(collection)\b"#, options: .regularExpression) != nil {
            listed.insert(section)
        }
        return listed.count == 1 ? listed.first : nil
    }

    /// al-folio's `cv_pdf: example.pdf` (a file of `assets/pdf/`, or a URL) as a link above the CV.
    static func pdfLink(of page: JekyllPage) -> String {
        guard let pdf = page.text("cv_pdf") else { return "" }
        let url = pdf.contains("://") || pdf.hasPrefix("/") ? pdf : "/assets/pdf/" + pdf
        return "[CV as PDF](\(url))\n\n"
    }

    private static var collectionLoop: Regex<(Substring, Substring)> { #/\{%-?\s*for\s+\w+\s+in\s+site\.(\w+)\b[^%]*%\}.*?\{%-?\s*endfor\s*-?%\}/#.dotMatchesNewlines() }

    /// The body with each loop over an imported collection (a CV's `{% for post in
    /// site.publications %}`) replaced by a link to the list sitegen makes of it, inside `<li>`
    /// when the loop stood in an HTML list; and each loop replaced, with its body's line.
    static func linkingLists(_ body: String, collections: [String: String]) -> (body: String, loops: [(line: Int, opening: String, url: String)]) {
        var result = ""
        var loops: [(line: Int, opening: String, url: String)] = []
        var last = body.startIndex
        for match in body.matches(of: collectionLoop) {
            let whole = match.range
            let name = match.output.1
            guard let section = collections[String(name)] else { continue }
            let before = body[last..<whole.lowerBound]
            result += before
            last = whole.upperBound
            let url = "/\(section)/"
            let link = "<a href=\"\(url)\">All \(name == "posts" ? "posts" : section)</a>"
            let written = String(result.suffix(64)).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            result += written.hasSuffix("<ul>") || written.hasSuffix("<ol>") ? "<li>\(link)</li>" : link
            let opening = String(body[whole].prefix { $0 != "}" }) + "}"
            loops.append((body[..<whole.lowerBound].count(where: \.isNewline) + 1, opening, url))
        }
        result += body[last...]
        return (result, loops)
    }

    /// The body without the loops and captures, the `{% bibliography %}` tags, the assignments from the
    /// collection, the includes that list it and the blank lines they leave, since sitegen's own
    /// list replaces them.
    static func withoutListing(_ body: String) -> String {
        var text = withoutBlocks(body)
        text = text.replacingOccurrences(
            of: #"\{%-?\s*(bibliography|assign\s+\w+\s*=\s*site\.|include\s+news\.liquid|include\s+base_path)[^%]*%\}"#, with: "",
            options: .regularExpression)
        text = text.replacingOccurrences(of: #"\n{3,}"#, with: "\n\n", options: .regularExpression)
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : text.trimmingCharacters(in: .newlines) + "\n"
    }

    private static var blockTag: Regex<(Substring, Substring)> { #/\{%-?\s*(for|endfor|capture|endcapture)\b[^%]*%\}/# }

    /// The text without its `{% for %}` and `{% capture %}` blocks, each up to the end tag that
    /// closes it, loops nested in it included; an end tag without its start is removed too.
    static func withoutBlocks(_ text: String) -> String {
        var result = ""
        var depth = 0
        var last = text.startIndex
        for match in text.matches(of: blockTag) {
            if depth == 0 { result += text[last..<match.range.lowerBound] }
            last = match.range.upperBound
            depth = max(0, depth + (match.output.1.hasPrefix("end") ? -1 : 1))
        }
        if depth == 0 { result += text[last...] }
        return result
    }

    /// A list page's front matter: its title and description, and its old URL as a redirect when it was not the section's.
    static func archiveFrontMatter(_ page: JekyllPage, section: String) -> String {
        var lines: [String] = []
        if let title = page.text("title") { lines.append("title: \(YAMLQuoting.quoted(title))") }
        if let description = page.text("description") { lines.append("description: \(YAMLQuoting.quoted(description))") }
        let earlier = page.frontMatter?["redirect_from"].map { $0.sequence ?? [$0] }?.compactMap(ConfigMapping.text) ?? []
        let old = (page.text("permalink").map { [$0] } ?? []) + earlier
        let redirects = old.filter { CollectionMapping.claimKey($0) != "/\(section)" }
        if !redirects.isEmpty {
            lines.append("redirect_from: [\(redirects.map(YAMLQuoting.quoted).joined(separator: ", "))]")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The file whose sitegen URL is `permalink`: `/` → `content/index.md`, `/cv/` and `/cv.html`
    /// → `content/cv.md`, `/research/floods/` → `content/research/floods.md`; nil for one with
    /// placeholders or `..`.
    static func destination(ofPermalink permalink: String) -> String? {
        var path = permalink.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if path.isEmpty { return "content/index.md" }
        for suffix in ["/index.html", ".html", ".htm"] where path.hasSuffix(suffix) {
            path = String(path.dropLast(suffix.count))
        }
        let segments = path.split(separator: "/")
        guard !segments.isEmpty, !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(":") }) else { return nil }
        return "content/" + path + ".md"
    }
}
