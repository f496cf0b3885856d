import BibTeX
import Models

/// An entry's PDF, supplementary material, slides and poster: an absolute http(s) URL is linked
/// as it is; any other value is a path the site assembly resolves; without a field, the PDF,
/// slides and poster are looked for by the file-naming convention (`KEY.pdf`).
enum PublicationFiles {
    static func files(of fields: inout EntryFields) -> [PublicationFile] {
        var files: [PublicationFile] = []
        for role in PublicationFile.Role.allCases {
            guard let field = fields.entry.field(role.rawValue), !field.value.isEmpty else {
                if role != .supp {
                    let location = fields.entry.location
                    files.append(PublicationFile(
                        role: role, reference: .conventional, place: .init(lines: 0, column: location.column),
                        sourceLine: fields.file.lines.line(location.line)))
                }
                continue
            }
            let value = PublicationLinks.urlText(field.value)
            let line = fields.file.lines.line(field.valueLocation.line)
            let place = PublicationFile.Place(field.valueLocation, inEntryAt: fields.entry.location)
            guard PublicationLinks.isWebURL(value) else {
                files.append(PublicationFile(role: role, reference: .path(value), place: place, sourceLine: line))
                continue
            }
            switch WebURL.check(value) {
            case .success(let url):
                files.append(PublicationFile(role: role, reference: .url(url), place: place, sourceLine: line))
            case .failure:
                fields.warning("'\(value)' in '\(field.name)' of entry '\(fields.entry.key)' is not a URL that can be linked; the file is left out", at: field)
            }
        }
        return files
    }
}
