import Foundation
import Links
import Models
import Site

/// Google Scholar's Highwire Press tags for a paper's own page: `citation_title`, one
/// `citation_author` per author in order (never editors, markers stripped, `and others` left
/// out), the date as `YYYY/MM/DD`, `YYYY/MM` or `YYYY`, the venue under the tag its kind takes,
/// the bibliographic details and identifiers, and `citation_pdf_url` only for a PDF the site
/// serves from the paper's own folder. Every value is the plain text the page shows.
struct ScholarTags: Sendable {
    let inputs: HeadInputs

    /// The tags of `publication`, whose page is `page`, in the order Scholar's examples use.
    func tags(of publication: Publication, page: SitePage) -> [(name: String, content: String)] {
        var tags: [(name: String, content: String)] = []
        func add(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            tags.append((name, value))
        }
        let title = publication.styledTitle?.plainText ?? page.title
        add("citation_title", title)
        for author in publication.authors where !author.isOthers {
            add("citation_author", Self.name(of: author))
        }
        add("citation_publication_date", Self.date(publication.date, precision: publication.datePrecision))
        let venue = publication.venue?.plainText
        let details = publication.details
        switch publication.kind {
        case .journal: add("citation_journal_title", venue)
        case .conference: add("citation_conference_title", venue)
        case .thesis: add("citation_dissertation_institution", details.institution ?? venue)
        case .report:
            add("citation_technical_report_institution", details.institution ?? venue)
            add("citation_technical_report_number", details.number)
        case .book: add("citation_book_title", title)
        case .chapter: add("citation_inbook_title", venue)
        case .preprint, .talk, .patent, .dataset, .other: break
        }
        add("citation_volume", details.volume)
        if publication.kind != .report { add("citation_issue", details.number) }
        if let pages = details.pages {
            let bounds = Self.pageBounds(pages)
            add("citation_firstpage", bounds.first)
            add("citation_lastpage", bounds.last)
        }
        add("citation_doi", Self.doi(of: publication))
        add("citation_isbn", details.isbn)
        add("citation_issn", details.issn)
        add("citation_arxiv_id", Self.arxivID(of: publication))
        add("citation_publisher", details.publisher)
        add("citation_language", details.language)
        if !publication.keywords.isEmpty { add("citation_keywords", publication.keywords.joined(separator: "; ")) }
        add("citation_abstract_html_url", inputs.absolute(route: page.route))
        if let pdf = ScholarIndexing.ownPDF(of: publication, route: page.route) { add("citation_pdf_url", inputs.absolute(pdf)) }
        return tags
    }

    /// `Last, First` (`von Last, Jr, First` as BibTeX writes it); a name of one part as it is.
    static func name(of author: PublicationAuthor) -> String {
        let last = [author.von, author.last].filter { !$0.isEmpty }.joined(separator: " ")
        let parts = [last, author.jr, author.first].filter { !$0.isEmpty }
        return parts.joined(separator: ", ")
    }

    /// `2024/03/09`, `2024/03` or `2024`, as precise as the source.
    static func date(_ date: ContentDate, precision: Publication.DatePrecision) -> String {
        let parts = date.isoDate.split(separator: "-")
        switch precision {
        case .year: return String(parts[0])
        case .month: return parts.prefix(2).joined(separator: "/")
        case .day: return parts.joined(separator: "/")
        }
    }

    /// `12–34` → (12, 34); one page → (12, nil).
    static func pageBounds(_ pages: String) -> (first: String?, last: String?) {
        let parts = pages.split(whereSeparator: { "–—-".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, !first.isEmpty else { return (nil, nil) }
        return (first, parts.count > 1 ? parts.last : nil)
    }

    /// The DOI of the page's DOI link, decoded (`10.1000/a b`).
    static func doi(of publication: Publication) -> String? {
        identifier(of: publication, label: "DOI", prefixes: ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/"])
    }

    /// The arXiv id of the page's arXiv link (`2101.00001`).
    static func arxivID(of publication: Publication) -> String? {
        identifier(of: publication, label: "arXiv", prefixes: ["https://arxiv.org/abs/", "http://arxiv.org/abs/"])
    }

    private static func identifier(of publication: Publication, label: String, prefixes: [String]) -> String? {
        for link in publication.links where link.label == label {
            for prefix in prefixes where link.url.value.lowercased().hasPrefix(prefix) {
                let rest = String(link.url.value.dropFirst(prefix.count))
                return rest.removingPercentEncoding ?? rest
            }
        }
        return nil
    }
}
