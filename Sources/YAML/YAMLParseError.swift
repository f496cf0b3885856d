/// A problem that stops the parse of a YAML text, at a 1-based position within that text.
public struct YAMLParseError: Error, Sendable, Hashable {
    public var message: String
    public var mark: YAMLMark

    public init(_ message: String, at mark: YAMLMark) {
        self.message = message
        self.mark = mark
    }
}
