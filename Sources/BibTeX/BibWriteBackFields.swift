/// Which fields of an entry `BibTeXWriter` writes back, and in which order.
public enum BibWriteBackFields {
    /// The order of the fields a reader expects: who, what, where in it, by whom and where,
    /// when, notes, identifiers, then what the work is about. Any other field follows these,
    /// alphabetically, so that two files holding the same fields write the same text.
    public static let order: [String] = [
        "author", "editor", "bookauthor", "translator",
        "title", "subtitle", "titleaddon",
        "booktitle", "booksubtitle", "booktitleaddon", "maintitle", "mainsubtitle", "maintitleaddon",
        "journal", "journaltitle", "journalsubtitle", "eventtitle", "series",
        "volume", "number", "issue", "chapter", "pages", "edition",
        "publisher", "organization", "institution", "school", "address", "location", "howpublished", "type",
        "year", "month", "date",
        "note", "addendum",
        "isbn", "issn", "doi", "eprint", "eprinttype", "archiveprefix", "eprintclass", "primaryclass",
        "arxiv", "hal", "pmid", "pmcid", "openreview", "dblp", "zenodo", "url", "urldate",
        "language", "keywords", "abstract",
    ]

    /// Fields that only tell the site how to show the entry (al-folio's buttons, badges,
    /// flags and metrics): left out of the BibTeX a reader copies. Matched by exact name, never
    /// by a pattern over the text. `abstract`, `keywords`, `note` and the identifiers (`doi`,
    /// `url`, `eprint`, `arxiv`, `hal`, `pmid`, `isbn`, `openreview`, `dblp`, `zenodo`) stay:
    /// they describe the work itself.
    public static let siteOnly: Set<String> = [
        "abbr", "selected", "preview", "hidden", "bibtex_show", "max_authors",
        "pdf", "supp", "code", "slides", "poster", "video", "blog", "website", "html",
        "award", "award_name", "annotation", "additional_info",
        "altmetric", "dimensions", "google_scholar_id", "inspirehep_id",
        // Reference managers' links to the owner's own disk (JabRef and Zotero's `file`).
        "file",
    ]

    /// Prefixes of site-only fields: BibDesk's `bdsk-file-1`, … (paths on the owner's disk).
    public static let siteOnlyPrefixes = ["bdsk-file-"]

    /// Fields that name other entries of the source file (`crossref` and `xdata` already
    /// resolved into the entry's own fields by the reader, biblatex's `xref`): meaningless in
    /// an entry copied on its own.
    public static let links: Set<String> = ["crossref", "xdata", "xref"]

    /// Each field's place in `order`, `left` for those left out: one look-up per field.
    private static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        .merging(siteOnly.union(links).map { ($0, left) }) { first, _ in first }
    private static let left = -1

    /// `fields` without the site-only and link fields, in the written order.
    public static func written(_ fields: [BibField]) -> [BibField] {
        var ranked: [(rank: Int, index: Int)] = []
        ranked.reserveCapacity(fields.count)
        for (index, field) in fields.enumerated() {
            let rank = rank[field.name] ?? order.count
            if rank != left, !siteOnlyPrefixes.contains(where: field.name.hasPrefix) { ranked.append((rank, index)) }
        }
        ranked.sort { $0.rank != $1.rank ? $0.rank < $1.rank : fields[$0.index].name < fields[$1.index].name }
        return ranked.map { fields[$0.index] }
    }
}
