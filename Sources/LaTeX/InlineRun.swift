/// A stretch of display text with one set of styles: text to show, or math kept as its source.
public struct InlineRun: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Text to show as it is (escaped for HTML).
        case text
        /// TeX math source, without its delimiters (`$`, `$$`, `\(`, `\[`), for a math renderer.
        case math
    }

    public var kind: Kind
    public var content: String
    public var styles: InlineStyles
    /// Whether the text was inside braces, which keep its letter case in BibTeX's title casing:
    /// a brace group (`{ReLU}`) or a command's argument (`\emph{GAN}`), but not a group that
    /// starts with a control sequence outside any other (`{\"O}`, `{\em X}`), as BibTeX has it.
    public var isCaseProtected: Bool

    public init(_ kind: Kind, _ content: String, styles: InlineStyles = [], isCaseProtected: Bool = false) {
        self.kind = kind
        self.content = content
        self.styles = styles
        self.isCaseProtected = isCaseProtected
    }
}
