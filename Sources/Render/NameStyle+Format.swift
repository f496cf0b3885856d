import Models

extension PublicationSettings.NameStyle {
    /// The name as this style shows it: `Jean-Pierre de la Fontaine Jr.`,
    /// `de la Fontaine, Jean-Pierre, Jr.`, `J.-P. de la Fontaine Jr.`; `et al.` for `and others`.
    func format(_ author: PublicationAuthor) -> String {
        if author.isOthers { return "et al." }
        let surname = Self.joined([author.von, author.last])
        switch self {
        case .firstLast:
            return Self.joined([author.first, surname, author.jr])
        case .lastFirst:
            return [surname, author.first, author.jr].filter { !$0.isEmpty }.joined(separator: ", ")
        case .initialsLast:
            return Self.joined([Self.initials(of: author.first), surname, author.jr])
        }
    }

    /// What separates names in a list: a semicolon when names hold commas themselves.
    var separator: String {
        self == .lastFirst ? "; " : ", "
    }

    /// `Jean-Pierre Marie` → `J.-P. M.`; a written initial (`J.`) stays as it is.
    static func initials(of first: String) -> String {
        first.split(whereSeparator: { $0 == " " || $0 == "~" }).map { word in
            word.split(separator: "-", omittingEmptySubsequences: true).map { part in
                let letters = part.drop { $0 == "{" || $0 == "(" }
                return letters.first.map { String($0) + "." } ?? String(part)
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    private static func joined(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
