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
    /// A name as a Markdown publication writes it, `Ada Quinlan`: the last word is the last name.
    public init(writtenName name: String) {
        let words = name.split(separator: " ")
        self.init(first: words.dropLast().joined(separator: " "), last: words.last.map(String.init) ?? name)
    }
}
