import Foundation

/// The authors of academicpages' free-text `citation` (`Okafor, M. and Reyes, L. (2023). "Title." …`):
/// the names before the year, split at ` and `, `;` and commas, `Last, I.` pairs kept together.
enum CitationAuthors {
    static func authors(of citation: String) -> [String] {
        guard let year = citation.range(of: #"\(\d{4}\)"#, options: .regularExpression) else { return [] }
        let names = citation[..<year.lowerBound].trimmingCharacters(in: .whitespaces)
        var authors: [String] = []
        let groups = names.replacingOccurrences(of: #",?\s+and\s+|;\s*|\s*&\s*"#, with: "\u{1}", options: .regularExpression)
            .split(separator: "\u{1}")
        for group in groups {
            let pieces = group.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var index = 0
            while index < pieces.count {
                // `Okafor, M.` or `Okafor, Mira`: a family name followed by given names or initials.
                if index + 1 < pieces.count, isGiven(pieces[index + 1]), !pieces[index].contains(" ") || pieces.count == 2 {
                    authors.append("\(pieces[index]), \(pieces[index + 1])")
                    index += 2
                } else {
                    authors.append(pieces[index])
                    index += 1
                }
            }
        }
        return authors.filter { !$0.isEmpty && $0.count < 80 }
    }

    /// Initials (`M.`, `J.-P.`, `M. A.`) or a given name alone after a comma.
    private static func isGiven(_ text: String) -> Bool {
        text.range(of: #"^([A-Z\p{Lu}][\p{L}]*\.?[\s-]*)+$"#, options: .regularExpression) != nil && !text.contains(" ") || text.hasSuffix(".")
    }
}
