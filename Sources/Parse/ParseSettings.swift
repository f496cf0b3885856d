import Links
import TeXMath

/// The `site.yml` settings that a source file's parse depends on: a file is parsed again when
/// they change, and only then or when its bytes do. The base path is not one: the render stage
/// applies it.
public struct ParseSettings: Sendable, Equatable {
    public var rawHTML: RawHTMLMode
    /// `math_macros`, known to every formula of every body.
    public var mathMacros: MathMacros

    public init(rawHTML: RawHTMLMode, mathMacros: MathMacros = .none) {
        self.rawHTML = rawHTML
        self.mathMacros = mathMacros
    }
}
