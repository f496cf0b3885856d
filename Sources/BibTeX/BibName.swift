/// One name of an author or editor field, split as BibTeX splits names: `First von Last, Jr`.
/// Each part is raw LaTeX as written (braces kept, for the LaTeX stage), its words joined by
/// one space; a hyphenated first name keeps its hyphen (`Jean-Pierre`), so initials can be
/// made per hyphenated piece (`J.-P.`).
public struct BibName: Sendable, Hashable {
    public var first: String
    public var von: String
    public var last: String
    public var jr: String
    /// `others` (in any case): the "et al." that ends a list.
    public var isOthers: Bool

    public init(first: String = "", von: String = "", last: String, jr: String = "", isOthers: Bool = false) {
        self.first = first
        self.von = von
        self.last = last
        self.jr = jr
        self.isOthers = isOthers
    }
}
