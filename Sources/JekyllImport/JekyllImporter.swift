import Foundation
import YAML

/// `sitegen import jekyll`: reads a Jekyll site (academicpages, al-folio, minimal-mistakes or
/// plain Jekyll), never writing into it, and writes a sitegen site with a report of what was not
/// converted.
public struct JekyllImporter: Sendable {
    public let source: JekyllSource

    /// An importer of the Jekyll site in `folder`; an error when it has no `_config.yml`.
    public init(folder: URL) throws(ImportFailure) {
        source = try JekyllSource(folder: folder)
    }

    /// The files of the imported site and the report, made without writing anything.
    public func plan() throws(ImportFailure) -> ImportReport {
        let config = try source.yaml(ConfigMapping.configFile)
        let mapping = ConfigMapping(config: config, socials: try source.yaml(ConfigMapping.socialsFile))
        let folders = publishedFolders(config: config)
        let pages = try readPages(config: config, folders: folders)
        let collections = CollectionMapping.collections(config: config, folders: source.files(under:))
        let liquid = LiquidRewriter(urls: urls(of: pages, collections: collections), siteValues: LiquidRewriter.siteValues(of: config),
                                    conditions: LiquidCondition(config: config, collections: collections.map(\.name)))
        let sections = Dictionary(collections.map { ($0.name, $0.section) }, uniquingKeysWith: { first, _ in first })
        let cv = try source.yaml(CVMapping.file).map(CVMapping.init)
        let pageMapping = PageMapping(pages: pages, liquid: liquid, collections: sections, cv: cv)
        let collectionMapping = try CollectionMapping(collections: collections, source: source, liquid: liquid, ownerName: mapping.settings.author?.name)
        let copies = try StaticCopies(source: source, excluded: Self.excluded(by: config), folders: folders)
        let menu = MenuMapping(navigation: try source.yaml(MenuMapping.navigationFile), pages: pages)
        var settings = mapping.settings
        // A menu entry for a list page goes to the list that took its place, not to a redirect.
        settings.menu = menu.menu?.map { link in
            var link = link
            link.url = pageMapping.moved[CollectionMapping.claimKey(link.url)] ?? link.url
            return link
        }
        // al-folio shows the portrait its home page names (`profile.image`), read in assets/img/.
        if settings.author?.avatar == nil,
           let image = pages.first(where: { $0.text("permalink") == "/" })?.frontMatter?["profile"]?["image"].flatMap(ConfigMapping.text) {
            settings.author?.avatar = image.contains("://") || image.hasPrefix("/") ? image : "/assets/img/\(image)"
        }
        let settingsSources = [ConfigMapping.configFile, ConfigMapping.socialsFile, MenuMapping.navigationFile].filter(source.has)
        var files = [ImportedFile(path: "site.yml", text: settings.text, sources: settingsSources)]
            + pageMapping.files + collectionMapping.files + copies.files
        let read = settingsSources + pageMapping.files.flatMap(\.sources).filter { $0.hasPrefix("_data/") }
        var notes = mapping.notes + menu.notes + pageMapping.notes + collectionMapping.notes + copies.notes + unreadData(besides: read)
        var seen: [String: ImportedFile] = [:]
        files = files.filter { file in
            guard let earlier = seen[file.path] else {
                seen[file.path] = file
                return true
            }
            notes.append(ImportNote(file: file.sources.first ?? file.path, line: nil, subject: "the same file as \(earlier.sources.first ?? earlier.path)",
                                    advice: "not imported, since \(file.path) is made from \(earlier.sources.first ?? earlier.path): merge the two by hand"))
            return false
        }
        files.sort { $0.path < $1.path }
        return ImportReport(files: files, notes: notes)
    }

    /// A note for each file of `_data/` that the import does not read: the theme's Liquid read it
    /// as `site.data.NAME`, which sitegen has no place for.
    private func unreadData(besides read: [String]) -> [ImportNote] {
        source.files(under: "_data").filter { !read.contains($0) }.map { path in
            let name = LiquidRewriter.stem(of: path)
            return ImportNote(file: path, line: nil, subject: "`site.data.\(name)`",
                              advice: "data that the theme's pages read through Liquid; sitegen has no place for it: not imported")
        }
    }

    /// The URL each page and collection item keeps, for `{% link %}` and `{% post_url %}`.
    private func urls(of pages: [JekyllPage], collections: [CollectionMapping.Collection]) -> [String: String] {
        var urls: [String: String] = [:]
        for page in pages {
            if let permalink = page.text("permalink") { urls[page.path] = permalink }
        }
        for collection in collections {
            for path in source.files(under: "_\(collection.name)") where Self.isPage(path) {
                guard let text = try? source.text(path), let page = try? JekyllPage(path: path, text: text) else { continue }
                urls[path] = CollectionMapping.url(of: page, in: collection)
            }
        }
        return urls
    }

    /// The pages Jekyll renders: Markdown and HTML files of `_pages/`, and those at the site's
    /// top level or in its published folders that have front matter (plain Jekyll keeps its pages
    /// there) and that `exclude:` does not name; `folders` are the published ones.
    private func readPages(config: YAMLNode?, folders: [String]) throws(ImportFailure) -> [JekyllPage] {
        var pages: [JekyllPage] = []
        for path in source.files(under: "_pages") where Self.isPage(path) {
            pages.append(try JekyllPage(path: path, text: try source.text(path)))
        }
        let excluded = Self.excluded(by: config)
        let nested = folders.flatMap(source.files(under:))
        for path in source.topLevelFiles() + nested where Self.isPage(path) && !excluded.contains(path) {
            let page = try JekyllPage(path: path, text: try source.text(path))
            if page.frontMatterText != nil { pages.append(page) }
        }
        return pages
    }

    /// The top-level folders that Jekyll publishes (their pages rendered, their other files
    /// copied): those not named with `_`, not in `exclude:`, not the toolchain's; `assets/`
    /// aside, since it is copied apart.
    private func publishedFolders(config: YAMLNode?) -> [String] {
        let excluded = Set(Self.excluded(by: config).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
        return source.topLevelFolders().filter { !$0.hasPrefix("_") && !excluded.contains($0) && !["assets", "node_modules", "vendor"].contains($0) }
    }

    /// The paths `exclude:` in `_config.yml` names.
    static func excluded(by config: YAMLNode?) -> Set<String> {
        Set((config?["exclude"]?.sequence ?? []).compactMap(ConfigMapping.text))
    }

    /// Whether Jekyll renders the file as a page: Markdown (`markdown_ext`'s defaults) or HTML.
    static func isPage(_ path: String) -> Bool {
        ["md", "markdown", "mdown", "mkdn", "mkd", "mkdown", "html"].contains(path.split(separator: ".").last.map(String.init) ?? "")
    }

    /// Writes the imported site and `IMPORT.md` into `destination` (made when missing) and
    /// returns the report; a destination inside the Jekyll site is refused, and so are files of
    /// the destination that would be written over, unless `overwrite` says to.
    public func run(into destination: URL, overwrite: Bool = false) throws(ImportFailure) -> ImportReport {
        let target = destination.standardizedFileURL.resolvingSymlinksInPath()
        let folder = source.folder.resolvingSymlinksInPath()
        if target.path == folder.path || target.path.hasPrefix(folder.path + "/") {
            throw .destinationInSource(destination.path)
        }
        let report = try plan()
        let files = report.files + [ImportedFile(path: ImportReport.fileName, text: report.text, sources: [])]
        _ = try ImportWriter(overwrite: overwrite).write(files, into: target)
        return report
    }
}
