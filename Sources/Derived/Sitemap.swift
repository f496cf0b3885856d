import Diagnostics
import Site

/// `sitemap.xml`, after the sitemaps.org protocol: every page with a file of its own, by
/// absolute URL, with `<lastmod>` from the content's dates.
///
/// One file holds at most 50,000 URLs and 50 MiB. A larger site gets numbered files
/// (`sitemap-1.xml`, `sitemap-2.xml`, …) and `sitemap.xml` becomes their index.
public struct Sitemap: DerivedOutput {
    public static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    public static let maxURLsPerFile = 50_000
    public static let maxBytesPerFile = 50 * 1024 * 1024
    /// Every URL must be shorter than this many characters.
    public static let urlLengthLimit = 2_048

    public var path: String { "sitemap.xml" }
    public var needsOrigin: Bool { true }
    /// The limits of one file; tests lower them.
    var maxURLs: Int
    var maxBytes: Int

    public init() {
        self.init(maxURLs: Self.maxURLsPerFile, maxBytes: Self.maxBytesPerFile)
    }

    init(maxURLs: Int, maxBytes: Int) {
        self.maxURLs = maxURLs
        self.maxBytes = maxBytes
    }

    /// The sitemap reads of a page its role, route, source and date, and for a list its pages:
    /// what assembly reads too (`SitePage.assemblesAs(_:)`).
    public func mayRead(_ old: SitePage, becoming new: SitePage) -> Bool {
        !new.assemblesAs(old)
    }

    /// The absolute URL prefix, and the pages with their dates.
    public struct Inputs: Sendable, Equatable {
        var prefix: String?
        var pages: [SitemapEntry.Page]
    }

    public func inputs(of site: Site) -> Inputs {
        Inputs(prefix: AbsoluteURL.prefix(of: site), pages: SitemapEntry.pages(of: site))
    }

    public func derive(from inputs: Inputs) -> DerivedOutcome {
        guard let prefix = inputs.prefix else { return DerivedOutcome() }
        var diagnostics: [Diagnostic] = []
        let parts = split(SitemapEntry.entries(of: inputs.pages, prefix: prefix, diagnostics: &diagnostics))
        guard parts.count > 1 else {
            return DerivedOutcome(files: [DerivedFile(path: path, contents: Self.urlSet(parts.first ?? []))], diagnostics: diagnostics)
        }
        var files: [DerivedFile] = []
        var index = Self.header + "<sitemapindex xmlns=\"\(Self.namespace)\">\n"
        for (number, part) in parts.enumerated() {
            let partPath = "sitemap-\(number + 1).xml"
            files.append(DerivedFile(path: partPath, contents: Self.urlSet(part)))
            let location = prefix + partPath
            let lastmod = part.compactMap(\.lastModified).max().map { "<lastmod>\($0.w3cDate)</lastmod>" } ?? ""
            index += "<sitemap><loc>\(XMLEscaping.escape(location))</loc>\(lastmod)</sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return DerivedOutcome(files: [DerivedFile(path: path, contents: Array(index.utf8))] + files, diagnostics: diagnostics)
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let urlSetStart = "<urlset xmlns=\"\(namespace)\">\n"
    static let urlSetEnd = "</urlset>\n"

    static func urlSet(_ entries: [SitemapEntry]) -> [UInt8] {
        var text = header + urlSetStart
        for entry in entries { text += entry.element }
        text += urlSetEnd
        return Array(text.utf8)
    }

    /// Cuts the entries, in order, into files within the limits; one file when they all fit.
    func split(_ entries: [SitemapEntry]) -> [[SitemapEntry]] {
        let frame = (Self.header + Self.urlSetStart + Self.urlSetEnd).utf8.count
        var parts: [[SitemapEntry]] = []
        var current: [SitemapEntry] = []
        var size = frame
        for entry in entries {
            let entrySize = entry.element.utf8.count
            if !current.isEmpty, current.count == maxURLs || size + entrySize > maxBytes {
                parts.append(current)
                current = []
                size = frame
            }
            current.append(entry)
            size += entrySize
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
