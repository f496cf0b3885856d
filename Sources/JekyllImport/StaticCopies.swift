import Foundation

/// The files a Jekyll site publishes as they are: those of its top-level folders (`files/`,
/// `images/`, any folder not named with `_`) into `content/` (so that their URLs stay),
/// `assets/` into the site's `assets/` (published under `/assets/`), al-folio's
/// `_bibliography/papers.bib` as `content/publications.bib`, and the top-level files Jekyll
/// publishes as they are (`CNAME`, `favicon.ico`; not those `exclude:` names, nor Ruby's). Files
/// with front matter in `assets/` (the theme's Sass and scripts that Jekyll renders) are left out
/// and noted.
struct StaticCopies {
    /// Top-level files of the Jekyll toolchain, which Jekyll never publishes.
    static let toolchainFiles: Set<String> = ["Gemfile", "Gemfile.lock", "_config.yml"]

    private(set) var files: [ImportedFile] = []
    private(set) var notes: [ImportNote] = []

    /// `folders`: the top-level folders Jekyll publishes (`files`, `images`, `slides`, …).
    init(source: JekyllSource, excluded: Set<String>, folders: [String]) throws(ImportFailure) {
        var rendered: [String] = []
        for path in source.topLevelFiles() where !JekyllImporter.isPage(path) && !excluded.contains(path)
            && !Self.toolchainFiles.contains(path) && !path.hasSuffix(".gemspec") && !"_#~".contains(path.first ?? "_") {
            let data = try source.data(path)
            guard !JekyllSource.hasFrontMatter(data) else {
                rendered.append(path)
                continue
            }
            files.append(ImportedFile(path: "content/" + path, contents: data, sources: [path]))
        }
        for path in folders.flatMap(source.files(under:)) where !excluded.contains(path) {
            let data = try source.data(path)
            // Pages with front matter are imported as pages; other files Jekyll renders cannot be.
            if JekyllSource.hasFrontMatter(data) {
                if !JekyllImporter.isPage(path) { rendered.append(path) }
                continue
            }
            files.append(ImportedFile(path: "content/" + path, contents: data, sources: [path]))
        }
        for path in rendered {
            let advice = switch path {
            case "feed.xml", "atom.xml", "rss.xml", "feed.atom":
                "not imported: sitegen writes its own feed of each list (news/atom.xml); tell subscribers the new address"
            case "sitemap.xml", "robots.txt":
                "not imported: sitegen writes its own"
            default:
                "not imported: sitegen does not run Liquid; write what it made into content/\(path) if the site needs it"
            }
            notes.append(ImportNote(file: path, line: 1, subject: "a file that Jekyll renders through Liquid", advice: advice))
        }
        var themeFiles: [String] = []
        for path in source.files(under: "assets") {
            let data = try source.data(path)
            if JekyllSource.hasFrontMatter(data) || path.hasSuffix(".scss") || path.hasSuffix(".sass") {
                themeFiles.append(path)
                continue
            }
            files.append(ImportedFile(path: path, contents: data, sources: [path]))
        }
        if !themeFiles.isEmpty {
            notes.append(ImportNote(file: "assets", line: nil, subject: "\(themeFiles.count) theme file\(themeFiles.count == 1 ? "" : "s") that Jekyll renders (\(themeFiles.prefix(3).joined(separator: ", "))\(themeFiles.count > 3 ? ", …" : ""))",
                                    advice: "not copied: sitegen's theme replaces them; put your own CSS in assets/css/site.css"))
        }
        let bibliography = "_bibliography/papers.bib"
        if source.has(bibliography) {
            files.append(ImportedFile(path: "content/publications.bib", contents: try source.data(bibliography), sources: [bibliography]))
        }
    }
}
