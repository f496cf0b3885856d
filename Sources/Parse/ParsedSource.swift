import Diagnostics

/// What parsing one source file made: its pages (none, one or many) and what is wrong with it,
/// and what its format keeps to parse the file's next version faster.
public struct ParsedSource: Sendable {
    public var pages: [ParsedPage]
    public var diagnostics: [Diagnostic]
    /// Kept by a format of many pages from one parse for the next of the same file; nil when
    /// the format keeps nothing.
    public var memo: (any SourceFormatMemo)?

    public init(pages: [ParsedPage], diagnostics: [Diagnostic], memo: (any SourceFormatMemo)? = nil) {
        self.pages = pages
        self.diagnostics = diagnostics
        self.memo = memo
    }
}

/// What a format keeps of one parse of a file for the next parse of the same file. Each format
/// that keeps something has its own type of memo, and reads only its own.
public protocol SourceFormatMemo: Sendable {}
