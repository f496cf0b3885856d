import Diagnostics
import Links
import Models

/// What Google Scholar needs of a paper's page to index it: an abstract or the paper's PDF
/// served from the page's own folder (Scholar does not index bibliographic records alone).
public enum ScholarIndexing {
    /// The paper's PDF when the site serves it from the paper's own folder
    /// (`/publications/KEY/KEY.pdf`, where the assembly copies it); nil for an external PDF.
    public static func ownPDF(of publication: Publication, route: String) -> WebURL? {
        let folder = "/" + PathEncoding.encode(route)
        return publication.links.first { link in
            guard link.label == PublicationFile.Role.pdf.label, link.url.value.hasPrefix(folder) else { return false }
            let name = link.url.value.dropFirst(folder.count)
            return !name.isEmpty && !name.contains("/") && name.lowercased().hasSuffix(".pdf")
        }?.url
    }

    /// Whether `page` is a paper's page that has neither an abstract nor its own PDF.
    static func isUnindexable(_ page: SitePage) -> Bool {
        guard page.role == .content, case .publication(let publication) = page.frontMatter.model else { return false }
        return publication.abstract?.plainText.isEmpty ?? true && ownPDF(of: publication, route: page.route) == nil
    }

    /// The warnings for papers' pages that have neither an abstract nor their own PDF: one at
    /// each such page, but one for all the entries of one file of many (a `.bib` file without
    /// abstracts would otherwise give a warning per entry on every build), at the first of them.
    static func warnings(for pages: [SitePage]) -> [Diagnostic] {
        var order: [String] = []
        var byFile: [String: [SitePage]] = [:]
        var diagnostics: [Diagnostic] = []
        for page in pages {
            guard let path = page.sourcePath, page.id.entry != nil else {
                diagnostics.append(warning(message(title: page.title), at: page))
                continue
            }
            if byFile[path] == nil { order.append(path) }
            byFile[path, default: []].append(page)
        }
        for path in order {
            guard let entries = byFile[path], let first = entries.first else { continue }
            diagnostics.append(warning(entries.count == 1 ? message(title: first.title) : message(keys: entries.compactMap(\.id.entry)), at: first))
        }
        return diagnostics
    }

    private static func warning(_ message: String, at page: SitePage) -> Diagnostic {
        let anchor = page.anchors["file"]
        return .warning(message, at: anchor?.location ?? page.sourcePath.map(SourceLocation.start(of:)), sourceLine: anchor?.line)
    }

    static func message(title: String) -> String {
        "'\(title)' has neither an abstract nor a PDF served by the site, so Google Scholar will not index its page "
            + "(it does not index bibliographic records alone): add an abstract, or a pdf"
    }

    /// `12 entries of this file have neither … : add an abstract, or a pdf, to a, b, c, d, e and 7 more`.
    static func message(keys: [String]) -> String {
        let shown = keys.prefix(5).joined(separator: ", ")
        let rest = keys.count > 5 ? " and \(keys.count - 5) more" : ""
        return "\(keys.count) entries of this file have neither an abstract nor a PDF served by the site, so Google Scholar "
            + "will not index their pages (it does not index bibliographic records alone): add an abstract, or a pdf, to \(shown)\(rest)"
    }
}
