import BibTeX

/// One name of a publication's author or editor list, split as BibTeX splits names
/// (`First von Last, Jr`), each part already shown as Unicode text (no LaTeX left).
///
/// A name that cannot be split (a braced corporate name, `{Barnes and Noble}`) is all `last`.
/// How a name is shown (`First Last`, `Last, F.`) is the site's choice, made when views are built.
public struct PublicationAuthor: Sendable, Hashable {
    public var first: String
    public var von: String
    public var last: String
    public var jr: String
    /// Author markers written after the name (`*`, `∗`, `†`, `‡`, `§`, `¶`, `‖`, `&`, `^`):
    /// equal contribution, corresponding author. Stripped from the parts, shown as superscripts.
    public var markers: String
    /// `and others` at the end of a list: shown as "et al.".
    public var isOthers: Bool

    public init(first: String = "", von: String = "", last: String, jr: String = "", markers: String = "") {
        self.first = first
        self.von = von
        self.last = last
        self.jr = jr
        self.markers = markers
        isOthers = false
    }

    /// The `and others` that ends a list.
    public static let others: PublicationAuthor = {
        var others = PublicationAuthor(last: "others")
        others.isOthers = true
        return others
    }()
}

extension PublicationAuthor {
    /// The author markers stripped from the ends of a name's parts.
    public static let markerCharacters: Set<Character> = ["*", "∗", "†", "‡", "§", "¶", "‖", "&", "^"]

    /// A name as a Markdown publication writes it (`Ada Quinlan`, `Martin, Léa`, `Jean de la
    /// Fontaine`), split by BibTeX's rules, with its markers stripped.
    public init(writtenName name: String) {
        self.init(parts: BibNameParser.parse(name))
    }

    /// A name from parts already shown as Unicode text: markers at the ends of each part
    /// (`Costa*`, `† Ana`) move to `markers`. A last name that was only markers (`Ana Costa *`)
    /// takes the last word of the first name.
    public init(parts: BibName) {
        guard !parts.isOthers else {
            self = .others
            return
        }
        var markers = ""
        func strip(_ part: String) -> String {
            var characters = Substring(part)
            var trailing = ""
            while let last = characters.last, last == " " || Self.markerCharacters.contains(last) {
                if last != " " { trailing.insert(last, at: trailing.startIndex) }
                characters.removeLast()
            }
            while let first = characters.first, first == " " || Self.markerCharacters.contains(first) {
                if first != " " { markers.append(first) }
                characters.removeFirst()
            }
            markers += trailing
            return String(characters)
        }
        var first = strip(parts.first)
        let von = strip(parts.von)
        var last = strip(parts.last)
        let jr = strip(parts.jr)
        if last.isEmpty, let space = first.lastIndex(of: " ") {
            last = String(first[first.index(after: space)...])
            first = String(first[..<space])
        } else if last.isEmpty, von.isEmpty {
            swap(&first, &last)
        }
        // `$^*$` shows as `^*`: the caret only marks the superscript.
        if markers.contains(where: { $0 != "^" }) { markers.removeAll { $0 == "^" } }
        self.init(first: first, von: von, last: last, jr: jr, markers: markers)
    }
}
