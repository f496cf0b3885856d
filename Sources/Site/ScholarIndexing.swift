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

    /// The warning for a paper's page that has neither an abstract nor its own PDF.
    static func warning(for page: SitePage) -> Diagnostic? {
        guard page.role == .content, case .publication(let publication) = page.frontMatter.model,
              publication.abstract?.plainText.isEmpty ?? true, ownPDF(of: publication, route: page.route) == nil else { return nil }
        let anchor = page.anchors["file"]
        return .warning(message(title: page.title), at: anchor?.location ?? page.sourcePath.map(SourceLocation.start(of:)), sourceLine: anchor?.line)
    }

    static func message(title: String) -> String {
        "'\(title)' has neither an abstract nor a PDF served by the site, so Google Scholar will not index its page "
            + "(it does not index bibliographic records alone): add an abstract, or a pdf"
    }
}
