/// One token of TeX source, with the UTF-8 range it comes from. Tokens made by expanding a
/// macro carry the range of the macro's name in the formula.
struct TeXToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `\name` (letters) or `\c` (one other character); the name without the backslash.
        case command(String)
        case character(Unicode.Scalar)
        case beginGroup
        case endGroup
        case superscript
        case `subscript`
        case alignment
        /// `#1`…`#9` in a macro body.
        case parameter(Int)
        /// A run of white space.
        case space
        /// `~`, an unbreakable space.
        case tie
        case end
    }

    var kind: Kind
    var offset: Int32
    var length: Int32

    func moved(to origin: TeXToken) -> TeXToken {
        TeXToken(kind: kind, offset: origin.offset, length: origin.length)
    }

    /// How the token reads in a message.
    var spelled: String {
        switch kind {
        case .command(let name): "\\" + name
        case .character(let scalar): String(Character(scalar))
        case .beginGroup: "{"
        case .endGroup: "}"
        case .superscript: "^"
        case .subscript: "_"
        case .alignment: "&"
        case .parameter(let number): "#\(number)"
        case .space: " "
        case .tie: "~"
        case .end: "end of formula"
        }
    }
}
