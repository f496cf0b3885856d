/// biber's default inheritance: which field of a `crossref` parent a child receives under which
/// name, by the pair of entry types. Fields not named here keep their name.
enum BibInheritance {
    private static let titleFields = ["title", "subtitle", "titleaddon"]
    /// Titles that describe the parent alone: never inherited where the title is renamed.
    private static let parentOnly: Set<String> = ["shorttitle", "sorttitle", "indextitle", "indexsorttitle"]

    /// The prefix a parent's `title`, `subtitle` and `titleaddon` take in the child, if renamed.
    private static func titlePrefix(from parent: String, to child: String) -> String? {
        switch (parent, child) {
        case ("mvbook", "book"), ("mvbook", "inbook"), ("mvbook", "bookinbook"), ("mvbook", "suppbook"),
             ("mvcollection", "collection"), ("mvcollection", "incollection"), ("mvcollection", "suppcollection"),
             ("mvreference", "reference"), ("mvreference", "inreference"),
             ("mvproceedings", "proceedings"), ("mvproceedings", "inproceedings"), ("mvproceedings", "conference"):
            return "main"
        case ("book", "inbook"), ("book", "bookinbook"), ("book", "suppbook"),
             ("collection", "incollection"), ("collection", "suppcollection"), ("collection", "inreference"),
             ("reference", "inreference"), ("reference", "incollection"),
             ("proceedings", "inproceedings"), ("proceedings", "conference"):
            return "book"
        case ("periodical", "article"), ("periodical", "suppperiodical"):
            return "journal"
        default:
            return nil
        }
    }

    /// The names under which `field` of a `parent`-type entry goes to a `child`-type entry.
    static func targets(of field: String, from parent: String, to child: String) -> [String] {
        guard let prefix = titlePrefix(from: parent, to: child) else { return [field] }
        if parentOnly.contains(field) { return [] }
        if titleFields.contains(field) {
            return prefix == "journal" && field == "title" ? ["journaltitle"] : [prefix + field]
        }
        if field == "author", prefix == "book", parent == "book" { return ["author", "bookauthor"] }
        return [field]
    }
}
