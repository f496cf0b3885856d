/// The output of a site as the check sees it: every file's path, and the text of each HTML page.
public struct CheckedSite: Sendable {
    /// Every file of the output, relative to its folder and `/`-separated: `news/a/index.html`.
    public var files: Set<String>
    /// The HTML pages' text, by path.
    public var pages: [String: String]
    /// How URLs on the pages are read: the base path and origin the site was built for.
    public var resolver: LinkResolver

    public init(files: Set<String>, pages: [String: String], resolver: LinkResolver) {
        self.files = files
        self.pages = pages
        self.resolver = resolver
    }

    /// The file that serves `path` on a static host: the file itself, or the folder's
    /// `index.html` (the host redirects `/a` to `/a/`), or `path.html` (GitHub Pages serves
    /// `/a` from `a.html`); nil when there is none.
    public func servedFile(_ path: String) -> String? {
        if files.contains(path) { return path }
        for candidate in [path + "/index.html", path + ".html"] where files.contains(candidate) { return candidate }
        return nil
    }

    /// Whether `path` names an HTML page of the site, the only files whose ids are known.
    public func isPage(_ path: String) -> Bool { pages[path] != nil }
}
