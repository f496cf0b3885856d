import Foundation
import Models

/// A person's name reduced to what owner and co-author matching compares: the last name (with
/// its `von` part) and the first names' words, without accents, braces, dots or case.
///
/// `König, J.`, `Jürgen König` and `J. Konig` are the same person: last names must be equal,
/// and each first-name word must equal the other's word at the same place, or be its initial
/// (`J` for `Jürgen`; hyphenated names by part, `J.-P.` for `Jean-Pierre`). Words beyond the
/// shorter list do not count (`A. Quinlan` matches `Ada M. Quinlan`); a name with no first
/// name matches only another with none.
struct PersonNameKey: Hashable, Sendable {
    var last: String
    var first: [String]

    init(last: String, first: [String]) {
        self.last = last
        self.first = first
    }

    /// A name as written in `site.yml`: `Last, First` or `First von Last` (the last word, with the
    /// lower-case words just before it, is the last name).
    init(written name: String) {
        let parts = name.split(separator: ",", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            self.init(last: Self.words(parts[0]).joined(separator: " "), first: Self.words(parts[1], splittingHyphens: true))
            return
        }
        let original = name.replacingOccurrences(of: ".", with: ". ").split(whereSeparator: { $0.isWhitespace || $0 == "~" }).map(String.init)
        guard var lastIndex = original.indices.last else {
            self.init(last: "", first: [])
            return
        }
        while lastIndex > 1, original[lastIndex - 1].first?.isLowercase == true {
            lastIndex -= 1
        }
        let last = original[lastIndex...].joined(separator: " ")
        let first = original[..<lastIndex].joined(separator: " ")
        self.init(last: Self.words(last).joined(separator: " "), first: Self.words(first, splittingHyphens: true))
    }

    /// A publication's author, already split into its parts. A name written all in lower case
    /// (`a. quinlan`) has no first name by BibTeX's rules, only a `von` part: its words are
    /// taken as the first names.
    init(_ author: PublicationAuthor) {
        if author.first.isEmpty, !author.von.isEmpty {
            self.init(last: Self.words(author.last).joined(separator: " "), first: Self.words(author.von, splittingHyphens: true))
            return
        }
        let last = [author.von, author.last].filter { !$0.isEmpty }.joined(separator: " ")
        self.init(last: Self.words(last).joined(separator: " "), first: Self.words(author.first, splittingHyphens: true))
    }

    func matches(_ other: PersonNameKey) -> Bool {
        guard last == other.last, !last.isEmpty, first.isEmpty == other.first.isEmpty else { return false }
        return zip(first, other.first).allSatisfy { mine, theirs in
            mine == theirs || (mine.count == 1 && theirs.hasPrefix(mine)) || (theirs.count == 1 && mine.hasPrefix(theirs))
        }
    }

    /// Lower-case words without accents, braces or dots.
    static func words(_ text: String, splittingHyphens: Bool = false) -> [String] {
        let folded = text.utf8.allSatisfy { $0 < 0x80 }
            ? text.lowercased()
            : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { character in
            character.isWhitespace || character == "." || character == "~" || (splittingHyphens && character == "-")
        }).map { $0.filter { $0 != "{" && $0 != "}" } }.filter { !$0.isEmpty }
    }
}
