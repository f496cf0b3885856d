import Foundation
import LaTeX
import YAML

/// A paper, thesis, book or report, with its authors, venue and links: from a Markdown file's
/// front matter or from an entry of a `.bib` file.
public struct Publication: Sendable, Hashable {
    /// The small set of types lists group by, in their default order.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case journal, conference, preprint, book, chapter, thesis, report, talk, patent, dataset, other

        public var label: String {
            switch self {
            case .journal: return "Journal article"
            case .conference: return "Conference paper"
            case .preprint: return "Preprint"
            case .book: return "Book"
            case .chapter: return "Book chapter"
            case .thesis: return "Thesis"
            case .report: return "Report"
            case .talk: return "Talk or poster"
            case .patent: return "Patent"
            case .dataset: return "Dataset or software"
            case .other: return "Other"
            }
        }
    }

    /// How much of `date` was given.
    public enum DatePrecision: Sendable, Hashable {
        case year, month, day
    }

    public var authors: [PublicationAuthor]
    /// Editors of an edited volume or of the book a chapter is in (never shown as authors).
    public var editors: [PublicationAuthor]
    /// The publication date; a bare year reads as that year's 1 January, shown as the year only.
    public var date: ContentDate
    public var datePrecision: DatePrecision
    /// The title with its markup (`\emph`, math), for an entry from a `.bib` file; the page's
    /// title is its plain text.
    public var styledTitle: DisplayText?
    /// The journal, proceedings, school or publisher that names where it appeared.
    public var venue: DisplayText?
    public var details: PublicationDetails
    public var kind: Kind
    public var links: [LabeledLink]
    /// PDF, slides, poster and supplementary files given as paths or found by convention.
    public var files: [PublicationFile]
    public var abstract: DisplayText?
    /// Shown on the home page.
    public var selected: Bool
    /// Kept for citation but not listed.
    public var hidden: Bool
    /// al-folio's `bibtex_show`: the BibTeX is offered in lists too, not only on the paper's page.
    public var bibtexShow: Bool
    /// A venue badge (`abbr`: `NeurIPS`).
    public var badge: String?
    /// An image shown beside the entry (`preview`).
    public var preview: WebURL?
    /// The key of the preview's position in a page's anchors (`SitePage.anchors`).
    public static let previewMark = "preview"
    /// An award (`award_name`, with `award` as its longer text).
    public var award: DisplayText?
    public var awardName: String?
    public var note: DisplayText?
    public var annotation: DisplayText?
    public var additionalInfo: DisplayText?
    public var keywords: [String]
    /// Cuts this entry's author list at this many names; overrides the site's `max_authors`.
    public var maxAuthors: Int?
    /// For an entry of a `.bib` file: its key and its BibTeX as written back for readers to copy.
    public var bibtex: BibTeXRecord?

    /// Known link keys, in the order they are shown, with their labels.
    static let linkLabels: [(key: String, label: String)] = [
        ("pdf", "PDF"), ("arxiv", "arXiv"), ("doi", "DOI"), ("code", "Code"), ("slides", "Slides"),
        ("video", "Video"), ("poster", "Poster"), ("bib", "BibTeX"),
    ]

    static func decode(_ reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext) -> Publication? {
        let decoder = reader.decoder
        let authorList = reader.required("authors", as: NameList.self, in: "a publication", missingAt: context.missingKeyMark)
        if let authorList, authorList.wasOneText, authorList.names.count > 1, let node = reader.node("authors") {
            decoder.warning("'authors' is one text of \(authorList.names.count) names: write the names as a list, one per item, "
                + "such as [\(authorList.names.joined(separator: ", "))]", at: node)
        }
        let authors = authorList?.names
        var date = page.date ?? context.fileDate
        var yearOnly = false
        if let year = page.yearAlone {
            date = ContentDate(year: year, month: 1, day: 1)
            yearOnly = true
        }
        let yearNode = reader.node("year")
        if let yearNode, let year = decoder.decode(Int.self, from: yearNode) {
            if !(1000...9999).contains(year) {
                decoder.error("expected a year such as 2024, found \(year)", at: yearNode)
            } else if page.date == nil {
                date = ContentDate(year: year, month: 1, day: 1)
                yearOnly = true
            }
        } else if date == nil, yearNode == nil, !page.writesDate {
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
        var publication = Publication(authors: authors.map(PublicationAuthor.init(writtenName:)), date: date, kind: kind)
        publication.datePrecision = yearOnly ? .year : .day
        publication.venue = venue.map(DisplayText.init(plain:))
        publication.links = links
        publication.abstract = abstract.map(DisplayText.init(plain:))
        publication.selected = selected
        return publication
    }

    public init(authors: [PublicationAuthor], date: ContentDate, kind: Kind) {
        self.authors = authors
        editors = []
        self.date = date
        datePrecision = .day
        details = PublicationDetails()
        self.kind = kind
        links = []
        files = []
        selected = false
        hidden = false
        bibtexShow = false
        keywords = []
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
