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

    public init(_ kind: Kind, _ content: String, styles: InlineStyles = []) {
        self.kind = kind
        self.content = content
        self.styles = styles
    }
}
