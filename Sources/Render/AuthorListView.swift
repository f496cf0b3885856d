import Models

/// The view of an author (or editor) list: names in the site's style, the owner marked,
/// co-authors linked, markers as superscripts, and long lists cut at `max_authors`.
///
/// The view is an object: `shown` (the names shown at once), `more` and `more_count` (the rest,
/// behind "and N more" in a `<details>`; absent when nothing is cut), `et_al` (the list ended
/// with `and others`). Each name has `name`, `is_owner`, `has_link` and `link`, `markers`
/// (the markers as written, empty when none) and `gap`. The owner is always shown: a name of
/// the owner beyond the cut follows the first names with `gap` set (the theme writes "…"
/// before it), and is left out of the rest.
struct AuthorListView: Sendable {
    let inputs: SummaryInputs

    func view(of authors: [PublicationAuthor], maxAuthors: Int?) -> ViewValue {
        let people = authors.filter { !$0.isOthers }
        let limit = maxAuthors ?? inputs.maxAuthors ?? people.count
        var shown: [ViewValue] = []
        var more: [ViewValue] = []
        var skipped = false
        for (index, author) in people.enumerated() {
            if index < limit {
                shown.append(name(author, gap: false))
            } else if inputs.isOwner(author) {
                shown.append(name(author, gap: skipped))
                skipped = false
            } else {
                more.append(name(author, gap: false))
                skipped = true
            }
        }
        var view: [String: ViewValue] = [
            "shown": .list(shown), "et_al": .bool(people.count < authors.count),
        ]
        if !more.isEmpty {
            view["more"] = .list(more)
            view["more_count"] = .number(more.count)
        }
        return .object(view)
    }

    private func name(_ author: PublicationAuthor, gap: Bool) -> ViewValue {
        let link = inputs.coauthors.value(for: author)
        return .object([
            "name": .text(inputs.nameStyle.format(author)),
            "is_owner": .bool(inputs.isOwner(author)),
            "has_link": .bool(link != nil),
            "link": .text(link ?? ""),
            "markers": .text(author.markers),
            "gap": .bool(gap),
        ])
    }

    /// What each marker used in `authors` means, in order of first use: `*` and `∗` equal
    /// contribution, `†` corresponding author (al-folio's convention); any other marker is listed
    /// as written, its meaning not stated by the source.
    static func legend(of authors: [PublicationAuthor]) -> [ViewValue] {
        var seen: [Character] = []
        for marker in authors.flatMap(\.markers) where !seen.contains(marker) {
            seen.append(marker)
        }
        return seen.map { marker in
            .object(["marker": .text(String(marker)), "meaning": .text(meaning(of: marker))])
        }
    }

    static func meaning(of marker: Character) -> String {
        switch marker {
        case "*", "∗": return "Equal contribution"
        case "†": return "Corresponding author"
        default: return "Marked so by the authors; the source does not say why"
        }
    }
}
