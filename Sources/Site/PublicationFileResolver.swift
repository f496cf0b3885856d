import Diagnostics
import Links
import Models

/// Turns a publication's file references (`pdf = {papers/a.pdf}`, a `KEY.pdf` beside the `.bib`
/// file) into links, and the paper's own PDF into a copy in the paper's folder.
///
/// A relative path is looked for against the `.bib` file's folder, then against `assets/pdf/`
/// (al-folio's convention); a root-relative path (`/assets/pdf/a.pdf`) names a file by where the
/// site writes it. Only files of the site count (`content/` and the site's `assets/`). The PDF
/// (the first of role `pdf` found) is copied to `ROUTE/NAME.pdf`, NAME being the page's last URL
/// segment (the key), since Google Scholar wants a paper's PDF below the paper's URL; slides,
/// posters and supplementary files are linked where the site writes them, not copied twice.
struct PublicationFileResolver: Sendable {
    let files: SiteFiles

    /// al-folio's folder for papers' files.
    static let assetsFolder = "assets/pdf"

    struct Resolved: Sendable {
        /// PDF first, then slides, poster and supplementary material, each in the order given.
        var links: [LabeledLink] = []
        var attachments: [PageAttachment] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The files of `publication`, the entry at `entry` in `record.sourcePath`, for the page at `route`.
    func resolve(_ publication: Publication, record: BibTeXRecord, entry: SourceLocation, route: String, origin: String) -> Resolved {
        var resolved = Resolved()
        let name = Route.components(of: route).last ?? record.key
        let folder = Self.folder(of: record.sourcePath)
        var copiedPDF = false
        let roles = PublicationFile.Role.allCases
        let ordered = publication.files.enumerated().sorted { lhs, rhs in
            let (left, right) = (roles.firstIndex(of: lhs.element.role) ?? 0, roles.firstIndex(of: rhs.element.role) ?? 0)
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        for file in ordered.map(\.element) {
            let sourcePath: String
            switch file.reference {
            case .url(let url):
                resolved.links.append(LabeledLink(label: file.role.label, url: url))
                continue
            case .path(let written):
                guard let found = find(written, folder: folder) else {
                    resolved.diagnostics.append(.warning(
                        Self.missingMessage(role: file.role, written: written, folder: folder), at: file.place.location(inEntryAt: entry), sourceLine: file.sourceLine))
                    continue
                }
                sourcePath = found
            case .conventional:
                guard let found = Self.joined(folder, name: record.key + Self.conventionalSuffix(file.role)),
                      files.outputPath(ofSource: found) != nil else { continue }
                sourcePath = found
            }
            guard var outputPath = files.outputPath(ofSource: sourcePath) else { continue }
            if file.role == .pdf, !copiedPDF {
                copiedPDF = true
                let target = route + name + ".pdf"
                if outputPath != target {
                    resolved.attachments.append(PageAttachment(outputPath: target, source: .siteFile(sourcePath), origin: origin))
                    outputPath = target
                }
            }
            if let url = WebURL("/" + PathEncoding.encode(outputPath)) {
                resolved.links.append(LabeledLink(label: file.role.label, url: url))
            }
        }
        return resolved
    }

    /// `pdf 'x.pdf' is not a file of the site (looked in content/publications/ and assets/pdf/)`.
    static func missingMessage(role: PublicationFile.Role, written: String, folder: String) -> String {
        let start = "\(role.rawValue) '\(written)' is not a file of the site"
        if written.hasPrefix("/") { return start }
        let first = folder.isEmpty ? "the site folder" : folder + "/"
        return start + " (looked in \(first) and \(assetsFolder)/)"
    }

    /// `KEY.pdf`, `KEY.slides.pdf`, `KEY.poster.pdf`, `KEY.supp.pdf`.
    static func conventionalSuffix(_ role: PublicationFile.Role) -> String {
        role == .pdf ? ".pdf" : ".\(role.rawValue).pdf"
    }

    /// The source path of the file a written path names, if it is a file of the site.
    private func find(_ written: String, folder: String) -> String? {
        if written.hasPrefix("/") {
            return Self.joined("", name: String(written.dropFirst())).flatMap { files.sourcePath(ofOutput: $0) }
        }
        for base in [folder, Self.assetsFolder] {
            if let path = Self.joined(base, name: written), files.outputPath(ofSource: path) != nil { return path }
        }
        return nil
    }

    /// `content/publications.bib` → `content`; `refs.bib` → ``.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `folder/name` with `.` and `..` segments resolved; nil when `..` climbs above the site folder.
    static func joined(_ folder: String, name: String) -> String? {
        var parts: [Substring] = []
        for part in (folder + "/" + name).split(separator: "/") where part != "." {
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
