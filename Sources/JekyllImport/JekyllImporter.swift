import Foundation

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
        let mapping = ConfigMapping(
            config: try source.yaml(ConfigMapping.configFile),
            socials: try source.yaml(ConfigMapping.socialsFile))
        let pages = try readPages()
        let menu = MenuMapping(navigation: try source.yaml(MenuMapping.navigationFile), pages: pages)
        var settings = mapping.settings
        settings.menu = menu.menu
        let settingsSources = [ConfigMapping.configFile, ConfigMapping.socialsFile, MenuMapping.navigationFile].filter(source.has)
        var files = [ImportedFile(path: "site.yml", text: settings.text, sources: settingsSources)]
        files.sort { $0.path < $1.path }
        return ImportReport(files: files, notes: mapping.notes + menu.notes)
    }

    /// The pages of `_pages/` that Jekyll renders: Markdown and HTML files.
    private func readPages() throws(ImportFailure) -> [JekyllPage] {
        var pages: [JekyllPage] = []
        for path in source.files(under: "_pages") where Self.pageExtensions.contains(path.split(separator: ".").last.map(String.init) ?? "") {
            pages.append(try JekyllPage(path: path, text: try source.text(path)))
        }
        return pages
    }

    /// The extensions of the files Jekyll renders as pages (`markdown_ext`'s defaults and HTML).
    static let pageExtensions: Set<String> = ["md", "markdown", "mdown", "mkdn", "mkd", "mkdown", "html"]

    /// Writes the imported site and `IMPORT.md` into `destination` (made when missing) and
    /// returns the report; a destination inside the Jekyll site is refused.
    public func run(into destination: URL) throws(ImportFailure) -> ImportReport {
        let target = destination.standardizedFileURL.resolvingSymlinksInPath()
        let folder = source.folder.resolvingSymlinksInPath()
        if target.path == folder.path || target.path.hasPrefix(folder.path + "/") {
            throw .destinationInSource(destination.path)
        }
        let report = try plan()
        let files = report.files + [ImportedFile(path: ImportReport.fileName, text: report.text, sources: [])]
        _ = try ImportWriter().write(files, into: target)
        return report
    }
}
