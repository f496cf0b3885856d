import Models
import Site

/// A paper's JSON-LD node: its type by kind, every author as a `Person` in order, the date at
/// its precision, the venue it is part of, DOI and arXiv as identifiers and `sameAs`.
struct PublicationJSONLD: Sendable {
    let inputs: HeadInputs

    func node(of publication: Publication, page: SitePage) -> JSONValue {
        let title = publication.styledTitle?.plainText ?? page.title
        let doi = ScholarTags.doi(of: publication)
        let arxiv = ScholarTags.arxivID(of: publication)
        var identifiers: [JSONValue] = []
        var sameAs: [JSONValue] = []
        if let doi {
            identifiers.append(.node("PropertyValue", ["propertyID": .string("DOI"), "value": .string(doi)]))
            sameAs.append(.string("https://doi.org/" + doi))
        }
        if let arxiv {
            identifiers.append(.node("PropertyValue", ["propertyID": .string("arXiv"), "value": .string(arxiv)]))
            sameAs.append(.string("https://arxiv.org/abs/" + arxiv))
        }
        let authors = publication.authors.filter { !$0.isOthers }.map { Self.person($0) }
        let editors = publication.editors.filter { !$0.isOthers }.map { Self.person($0) }
        return .node(Self.type(of: publication.kind), [
            "name": .string(title),
            "headline": title.count <= 110 ? .string(title) : nil,
            "author": authors.isEmpty ? nil : .array(authors),
            "editor": editors.isEmpty ? nil : .array(editors),
            "datePublished": .string(Self.date(publication.date, precision: publication.datePrecision)),
            "isPartOf": isPartOf(publication),
            "sourceOrganization": [.thesis, .report].contains(publication.kind)
                ? (publication.details.institution ?? publication.venue?.plainText).map { .node("Organization", ["name": .string($0)]) } : nil,
            "publisher": publication.details.publisher.map { .node("Organization", ["name": .string($0)]) },
            "identifier": JSONValue.oneOrMany(identifiers),
            "sameAs": JSONValue.oneOrMany(sameAs),
            "isbn": .text(publication.details.isbn),
            "abstract": .text(publication.abstract?.plainText),
            "keywords": publication.keywords.isEmpty ? nil : .string(publication.keywords.joined(separator: ", ")),
            "inLanguage": .text(publication.details.language),
            "url": inputs.absolute(route: page.route).map(JSONValue.string),
        ])
    }

    /// `ScholarlyArticle` for papers, `Book`, `Chapter`, `Thesis`, `Report`, `Dataset`, and
    /// `CreativeWork` for talks, patents and the rest.
    static func type(of kind: Publication.Kind) -> String {
        switch kind {
        case .journal, .conference, .preprint: return "ScholarlyArticle"
        case .book: return "Book"
        case .chapter: return "Chapter"
        case .thesis: return "Thesis"
        case .report: return "Report"
        case .dataset: return "Dataset"
        case .talk, .patent, .other: return "CreativeWork"
        }
    }

    /// `2024`, `2024-03` or `2024-03-09`: ISO 8601 at the source's precision.
    static func date(_ date: ContentDate, precision: Publication.DatePrecision) -> String {
        switch precision {
        case .year: return String(date.isoDate.prefix(4))
        case .month: return String(date.isoDate.prefix(7))
        case .day: return date.isoDate
        }
    }

    /// The journal (`Periodical`), the proceedings or book (`Book`) a paper appeared in.
    private func isPartOf(_ publication: Publication) -> JSONValue? {
        guard let venue = publication.venue?.plainText, !venue.isEmpty else { return nil }
        switch publication.kind {
        case .journal: return .node("Periodical", ["name": .string(venue)])
        case .conference, .chapter: return .node("Book", ["name": .string(venue)])
        case .preprint, .dataset, .talk, .patent, .other: return .node("CreativeWork", ["name": .string(venue)])
        case .book, .thesis, .report: return nil
        }
    }

    /// `First von Last, Jr` as a `Person`.
    static func person(_ author: PublicationAuthor) -> JSONValue {
        var name = [author.first, author.von, author.last].filter { !$0.isEmpty }.joined(separator: " ")
        if !author.jr.isEmpty { name += ", " + author.jr }
        return .node("Person", ["name": .string(name)])
    }
}
