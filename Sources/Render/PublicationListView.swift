import Models
import Site

/// How the publications section lists its pages: hidden publications left out, newest first
/// (then by month, a year alone after the months of its year, then by title), grouped as
/// `site.yml`'s `publications: {group_by, type_order}` says.
///
/// `groups` is a list of `{id, label, pages, years}`: one group per year for `year`, per type
/// (in `type_order`, labelled by `Publication.Kind.label`) for `type`, and for `type,year` per
/// type with its `years` (`{id, year, pages}`) inside, `pages` then empty.
struct PublicationListView: Sendable {
    typealias Entry = (page: SitePage, view: ViewValue)

    let settings: PublicationSettings

    static func publication(of page: SitePage) -> Publication? {
        if case .publication(let publication) = page.frontMatter.model { return publication }
        return nil
    }

    /// The entries a list shows, in list order; pages that are not publications follow as they came.
    static func listed(_ entries: [Entry]) -> [Entry] {
        var keys: [(index: Int, key: SortKey)] = []
        keys.reserveCapacity(entries.count)
        var others: [Entry] = []
        for (index, entry) in entries.enumerated() {
            // Each page's publication is taken out once: it is a large value to copy.
            guard case .publication(let publication) = entry.page.frontMatter.model else {
                others.append(entry)
                continue
            }
            if !publication.hidden { keys.append((index, SortKey(publication, title: entry.page.title))) }
        }
        // The keys are sorted, and each entry then moved once: sorting the entries themselves
        // copied an entry (its page and view) at each move of a list of thousands.
        keys.sort { lhs, rhs in
            lhs.key == rhs.key ? lhs.index < rhs.index : lhs.key < rhs.key
        }
        return keys.map { entries[$0.index] } + others
    }

    func groups(_ entries: [Entry]) -> [ViewValue] {
        switch settings.groupBy {
        case .year:
            return Self.byYear(entries, idPrefix: "year-").map { group in
                .object(["id": group.id, "label": group.year, "pages": group.pages, "years": .list([])])
            }
        case .type, .typeThenYear:
            let kinds = entries.map { Self.publication(of: $0.page)?.kind }
            return settings.typeOrder.compactMap { kind in
                let members = zip(entries, kinds).filter { $0.1 == kind }.map(\.0)
                guard !members.isEmpty else { return nil }
                let nested = settings.groupBy == .typeThenYear
                let years = nested ? Self.byYear(members, idPrefix: kind.rawValue + "-").map { group in
                    ViewValue.object(["id": group.id, "year": group.year, "pages": group.pages])
                } : []
                return .object([
                    "id": .text("type-" + kind.rawValue), "label": .text(kind.label),
                    "pages": .list(nested ? [] : members.map(\.view)), "years": .list(years),
                ])
            }
        }
    }

    /// Runs of entries of one year, in list order.
    private static func byYear(_ entries: [Entry], idPrefix: String) -> [(id: ViewValue, year: ViewValue, pages: ViewValue)] {
        var runs: [(year: Int, views: [ViewValue])] = []
        for entry in entries {
            // A publication page's date is its publication's.
            let year = entry.page.date?.year ?? 0
            if runs.last?.year == year {
                runs[runs.count - 1].views.append(entry.view)
            } else {
                runs.append((year, [entry.view]))
            }
        }
        return runs.map { (.text(idPrefix + String($0.year)), .text(String($0.year)), .list($0.views)) }
    }

    /// Newest first: year, then month and day where given (a year alone, or a month alone,
    /// after the dates that say more), then title in alphabetical order.
    private struct SortKey: Comparable {
        var year: Int
        var month: Int
        var day: Int
        var title: String

        init(_ publication: Publication, title: String) {
            year = publication.date.year
            month = publication.datePrecision == .year ? 0 : publication.date.month
            day = publication.datePrecision == .day ? publication.date.day : 0
            self.title = title.lowercased()
        }

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (rhs.year, rhs.month, rhs.day, lhs.title) < (lhs.year, lhs.month, lhs.day, rhs.title)
        }
    }
}
