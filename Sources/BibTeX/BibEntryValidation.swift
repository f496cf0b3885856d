import Diagnostics

/// What an entry needs to be listed: a title, and a year or a date (after `crossref`). A
/// separate step from reading, so that a reader of `.bib` files for another use can skip it.
public enum BibEntryValidation {
    /// The problem that keeps `entry` out of the list, or nil when it can be listed.
    public static func missingFields(of entry: BibEntry) -> String? {
        let hasTitle = !(entry["title"] ?? "").isEmpty
        let hasDate = !(entry["year"] ?? "").isEmpty || !(entry["date"] ?? "").isEmpty
        switch (hasTitle, hasDate) {
        case (true, true): return nil
        case (false, true): return "entry '\(entry.key)' has no title: it is left out"
        case (true, false): return "entry '\(entry.key)' has no year or date: it is left out"
        case (false, false): return "entry '\(entry.key)' has no title and no year or date: it is left out"
        }
    }

    /// `file` without the entries that cannot be listed, with a warning at each one's `@`.
    public static func listableEntries(of file: BibFile) -> BibFile {
        var result = file
        result.entries = []
        for entry in file.entries {
            if let problem = missingFields(of: entry) {
                result.diagnostics.append(file.diagnostic(.warning, problem, at: entry.location))
            } else {
                result.entries.append(entry)
            }
        }
        return result
    }
}
