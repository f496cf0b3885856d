import Models

/// A plain-text citation in an APA-like style, every author listed:
/// `Quinlan, A., & Osei, K. (2024). Title. Venue, 12(3), 45–67. Publisher.`
enum CitationFormatter {
    static func citation(of publication: Publication, title: String) -> String {
        var parts: [String] = []
        let people = publication.authors.isEmpty ? publication.editors : publication.authors
        var names = authorList(people)
        if publication.authors.isEmpty, !publication.editors.isEmpty {
            names += publication.editors.count == 1 ? " (Ed.)" : " (Eds.)"
        }
        if !names.isEmpty { parts.append(sentence(names)) }
        parts.append("(\(date(of: publication))).")
        parts.append(sentence(title))
        let details = publication.details
        if let venue = publication.venue?.plainText, !venue.isEmpty {
            var source = venue
            if publication.kind == .chapter || (!publication.editors.isEmpty && !publication.authors.isEmpty) {
                let editors = publication.editors.isEmpty ? "" : initialsFirst(publication.editors)
                    + (publication.editors.count == 1 ? " (Ed.), " : " (Eds.), ")
                source = "In " + editors + venue
                if let pages = details.pages { source += " (pp. \(pages))" }
            } else {
                if let volume = details.volume {
                    source += ", " + volume + (details.number.map { "(\($0))" } ?? "")
                } else if let number = details.number {
                    source += ", no. " + number
                }
                if let pages = details.pages { source += ", " + pages }
            }
            parts.append(sentence(source))
        }
        // A book's, a thesis's or a report's venue is its publisher or institution: named once.
        let venue = publication.venue?.plainText
        let publisher = [details.institution, details.typeLabel, details.publisher].compactMap { $0 }.filter { !$0.isEmpty && $0 != venue }
        if !publisher.isEmpty { parts.append(sentence(publisher.joined(separator: ", "))) }
        if let doi = publication.links.first(where: { $0.label == "DOI" }) { parts.append(doi.url.value) }
        return parts.joined(separator: " ")
    }

    /// `Quinlan, A.-M., Osei, K., & Lee, J.`; `and others` as `et al.`
    static func authorList(_ authors: [PublicationAuthor]) -> String {
        let names = authors.filter { !$0.isOthers }.map { author in
            let surname = [author.von, author.last].filter { !$0.isEmpty }.joined(separator: " ")
            let initials = PublicationSettings.NameStyle.initials(of: author.first)
            return [surname, initials, author.jr].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        let etAl = authors.contains(where: \.isOthers)
        switch (names.count, etAl) {
        case (0, _): return ""
        case (_, true): return names.joined(separator: ", ") + ", et al."
        case (1, false): return names[0]
        case (2, false): return names[0] + ", & " + names[1]
        default: return names.dropLast().joined(separator: ", ") + ", & " + names[names.count - 1]
        }
    }

    private static func initialsFirst(_ people: [PublicationAuthor]) -> String {
        let style = PublicationSettings.NameStyle.initialsLast
        let names = people.map(style.format)
        return names.count > 2 ? names.dropLast().joined(separator: ", ") + ", & " + names[names.count - 1]
            : names.joined(separator: " & ")
    }

    private static func date(of publication: Publication) -> String {
        let date = publication.date
        switch publication.datePrecision {
        case .year: return String(date.year)
        case .month: return "\(date.year), \(DateFormatting.monthNames[date.month - 1])"
        case .day: return "\(date.year), \(DateFormatting.monthNames[date.month - 1]) \(date.day)"
        }
    }

    /// The text ending with one full stop (none added after `?`, `!` or `.`).
    private static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!".contains(last) ? text : text + "."
    }
}
