import YAML

/// The menu: academicpages' `_data/navigation.yml` (`main:`, a list of `title` and `url`), else
/// al-folio's pages that say `nav: true`, ordered by `nav_order`.
struct MenuMapping {
    static let navigationFile = "_data/navigation.yml"

    private(set) var menu: [SiteSettings.Link]?
    private(set) var notes: [ImportNote] = []

    init(navigation: YAMLNode?, pages: [JekyllPage]) {
        if let navigation {
            readNavigation(navigation)
        } else {
            readNavPages(pages)
        }
    }

    private mutating func readNavigation(_ root: YAMLNode) {
        var links: [SiteSettings.Link] = []
        for pair in root.mapping ?? [] {
            guard let key = pair.key.scalar?.text else { continue }
            guard key == "main" else {
                if ConfigMapping.hasContent(pair.value) {
                    notes.append(ImportNote(file: Self.navigationFile, line: pair.key.mark.line, subject: "`\(key)`",
                                            advice: "a menu other than `main`; sitegen has one menu: add its links to menu in site.yml"))
                }
                continue
            }
            for item in pair.value.sequence ?? [] {
                guard let title = item["title"].flatMap(ConfigMapping.text), let url = item["url"].flatMap(ConfigMapping.text) else {
                    notes.append(ImportNote(file: Self.navigationFile, line: item.mark.line, subject: "a menu entry without title or url",
                                            advice: "left out; add it to menu in site.yml"))
                    continue
                }
                if item["children"] != nil {
                    notes.append(ImportNote(file: Self.navigationFile, line: item.mark.line, subject: "`children` of \(title)",
                                            advice: "sitegen's menu has no sub-menus; the entry links to \(url), link its children from that page"))
                }
                links.append(SiteSettings.Link(label: title, url: url))
            }
        }
        menu = links
    }

    private mutating func readNavPages(_ pages: [JekyllPage]) {
        var entries: [(order: Double, title: String, url: String)] = []
        for page in pages where page.frontMatter?["nav"]?.scalar?.value == .bool(true) {
            if let dropdown = page.frontMatter?["dropdown"], dropdown.scalar?.value == .bool(true) {
                let children = (page.frontMatter?["children"]?.sequence ?? []).compactMap { $0["permalink"] != nil ? $0["title"].flatMap(ConfigMapping.text) : nil }
                notes.append(ImportNote(file: page.path, line: page.line(of: dropdown), subject: "`dropdown: true`",
                                        advice: "sitegen's menu has no sub-menus; add the entries you want (\(children.joined(separator: ", "))) to menu in site.yml"))
                continue
            }
            guard let url = page.text("permalink") else {
                notes.append(ImportNote(file: page.path, line: nil, subject: "`nav: true` without `permalink`",
                                        advice: "left out of the menu; add it to menu in site.yml"))
                continue
            }
            let title = page.text("title") ?? url
            let order: Double
            switch page.frontMatter?["nav_order"]?.scalar?.value {
            case .int(let value): order = Double(value)
            case .float(let value): order = value
            default: order = .infinity
            }
            entries.append((order, title, url))
        }
        guard !entries.isEmpty else { return }
        menu = entries.sorted { ($0.order, $0.title) < ($1.order, $1.title) }.map { SiteSettings.Link(label: $0.title, url: $0.url) }
    }
}
