import Foundation
import YAML

/// A paper, thesis, book or report, with its authors, venue and links.
public struct Publication: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case journal, conference, preprint, thesis, book, chapter, report, other

        public var label: String {
            switch self {
            case .journal: return "Journal article"
            case .conference: return "Conference paper"
            case .preprint: return "Preprint"
            case .thesis: return "Thesis"
            case .book: return "Book"
            case .chapter: return "Book chapter"
            case .report: return "Report"
            case .other: return "Other"
            }
        }
    }

    public var authors: [String]
    /// The publication date; a bare `year` reads as that year's 1 January, shown as the year only.
    public var date: ContentDate
    public var yearOnly: Bool
    public var venue: String?
    public var kind: Kind
    public var links: [LabeledLink]
    public var abstract: String?
    public var selected: Bool

    /// Known link keys, in the order they are shown, with their labels.
    static let linkLabels: [(key: String, label: String)] = [
        ("pdf", "PDF"), ("arxiv", "arXiv"), ("doi", "DOI"), ("code", "Code"), ("slides", "Slides"),
        ("video", "Video"), ("poster", "Poster"), ("bib", "BibTeX"),
    ]

    static func decode(_ reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext) -> Publication? {
        let decoder = reader.decoder
        let authors = reader.required("authors", as: NameList.self, in: "a publication", missingAt: context.missingKeyMark)?.names
        var date = page.date ?? context.fileDate
        var yearOnly = false
        let yearNode = reader.node("year")
        if let yearNode, let year = decoder.decode(Int.self, from: yearNode) {
            if !(1000...9999).contains(year) {
                decoder.error("expected a year such as 2024, found \(year)", at: yearNode)
            } else if page.date == nil {
                date = ContentDate(year: year, month: 1, day: 1)
                yearOnly = true
            }
        } else if date == nil, yearNode == nil {
            decoder.report(.error, "a publication needs a 'date' or a 'year'", at: context.missingKeyMark)
        }
        var kind = Kind.other
        if let typeNode = reader.node("type"), let name = String(yaml: typeNode, decoder: decoder) {
            if let known = Kind(rawValue: name.lowercased()) {
                kind = known
            } else {
                decoder.error("unknown publication type '\(name)'; expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))", at: typeNode)
            }
        }
        let links = reader.node("links").map { decodeLinks($0, decoder: decoder) } ?? []
        let venue: String? = reader.optional("venue")
        let abstract: String? = reader.optional("abstract")
        let selected = reader.optional("selected", as: Bool.self) ?? false
        guard let authors, let date else { return nil }
        return Publication(
            authors: authors, date: date, yearOnly: yearOnly, venue: venue, kind: kind, links: links,
            abstract: abstract, selected: selected)
    }

    /// `links:` as a mapping of known keys (`pdf`, `arxiv`, …) and custom labels to URLs, or a
    /// list of `{label, url}`. An arXiv id or a DOI alone becomes its URL.
    static func decodeLinks(_ node: YAMLNode, decoder: YAMLDecoder) -> [LabeledLink] {
        guard let pairs = node.mapping else {
            return LabeledLink.list(from: node, decoder: decoder, describing: "'links'") ?? []
        }
        var known: [String: LabeledLink] = [:]
        var custom: [LabeledLink] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.text, var text = String(yaml: pair.value, decoder: decoder) else { continue }
            switch key.lowercased() {
            case "arxiv" where !text.contains("/") || text.hasPrefix("arXiv:"):
                text = "https://arxiv.org/abs/" + text.replacingOccurrences(of: "arXiv:", with: "")
            case "doi" where text.hasPrefix("10."):
                text = "https://doi.org/" + text
            default:
                break
            }
            guard let url = WebURL(text, at: pair.value, decoder: decoder) else { continue }
            if let label = linkLabels.first(where: { $0.key == key.lowercased() })?.label {
                known[key.lowercased()] = LabeledLink(label: label, url: url)
            } else {
                custom.append(LabeledLink(label: key, url: url))
            }
        }
        return linkLabels.compactMap { known[$0.key] } + custom
    }
}
