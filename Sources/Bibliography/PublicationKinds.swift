import BibTeX
import Models

/// How an entry's BibTeX type becomes one of the small set of kinds lists group by, and the
/// type label a thesis or report shows.
///
/// | BibTeX type | kind |
/// |---|---|
/// | article | journal; preprint when its journal is a preprint server (arXiv, bioRxiv, …) or it has no journal but an eprint |
/// | inproceedings, conference | conference |
/// | proceedings, book, mvbook, collection, booklet | book |
/// | inbook, incollection | chapter |
/// | phdthesis, mastersthesis, thesis | thesis |
/// | techreport, report, manual | report |
/// | unpublished, misc | preprint with an eprint, else other |
/// | online, other | other |
/// | patent | patent |
/// | dataset, software | dataset |
enum PublicationKinds {
    /// Journal names that mean a preprint server, lower-cased, matched as a part of the name.
    static let preprintServers = ["arxiv", "biorxiv", "medrxiv", "chemrxiv", "psyarxiv", "socarxiv", "ssrn", "preprints.org", "research square"]

    static func kind(of entry: BibEntry, journal: String?, hasEprint: Bool) -> Publication.Kind {
        switch entry.type {
        case "article":
            if let journal {
                let name = journal.lowercased()
                return preprintServers.contains(where: name.contains) ? .preprint : .journal
            }
            return hasEprint ? .preprint : .journal
        case "inproceedings", "conference": return .conference
        case "proceedings", "book", "mvbook", "collection", "booklet": return .book
        case "inbook", "incollection": return .chapter
        case "phdthesis", "mastersthesis", "thesis": return .thesis
        case "techreport", "report", "manual": return .report
        case "unpublished", "misc": return hasEprint ? .preprint : .other
        case "patent": return .patent
        case "dataset", "software": return .dataset
        default: return .other
        }
    }

    /// biblatex's `type` keys and their labels.
    private static let typeKeys: [String: String] = [
        "phdthesis": "PhD thesis", "mathesis": "Master's thesis", "mastersthesis": "Master's thesis",
        "techreport": "Technical report", "resreport": "Research report", "candthesis": "Candidate thesis",
    ]

    /// The `type` field (a biblatex key such as `phdthesis` read as its label), else the label
    /// the BibTeX type implies.
    static func typeLabel(of entry: BibEntry, written: String?) -> String? {
        if let written { return typeKeys[written.lowercased()] ?? written }
        switch entry.type {
        case "phdthesis": return "PhD thesis"
        case "mastersthesis": return "Master's thesis"
        case "techreport": return "Technical report"
        default: return nil
        }
    }

    /// The fields that name the venue, by BibTeX type, the first present wins.
    static func venueFields(of entry: BibEntry) -> [String] {
        switch entry.type {
        case "article": return ["journaltitle", "journal"]
        case "inproceedings", "conference", "incollection", "inbook": return ["booktitle", "publisher"]
        case "phdthesis", "mastersthesis", "thesis": return ["school", "institution"]
        case "techreport", "report": return ["institution", "organization", "publisher"]
        case "manual": return ["organization", "institution", "publisher"]
        case "booklet": return ["howpublished", "organization", "publisher"]
        case "proceedings", "book", "mvbook", "collection": return ["publisher", "organization"]
        default: return ["journaltitle", "journal", "booktitle", "howpublished", "organization", "institution", "publisher"]
        }
    }
}
