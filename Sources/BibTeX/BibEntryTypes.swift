/// The entry types the reader knows: BibTeX's standard ones and biblatex's used by academics.
public enum BibEntryTypes {
    public static let known: Set<String> = [
        "article", "inproceedings", "conference", "proceedings", "book", "inbook", "incollection",
        "booklet", "manual", "phdthesis", "mastersthesis", "techreport", "misc", "unpublished",
        "online", "report", "thesis", "patent", "mvbook", "collection", "dataset", "software",
    ]

    /// The type given to an entry whose type is not known (with a warning).
    public static let other = "other"

    /// biblatex's data-only entries: they lend fields through `xdata` and are not listed.
    public static let xdata = "xdata"
}
