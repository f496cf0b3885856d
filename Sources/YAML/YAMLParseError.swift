/// A problem that stops the parse of a YAML text, at a 1-based position within that text.
public struct YAMLParseError: Error, Sendable, Hashable {
    /// A second place the message refers to, such as where a duplicated key was first given.
    public struct Related: Sendable, Hashable {
        public var description: String
        public var mark: YAMLMark
    }

    public var message: String
    public var mark: YAMLMark
    public var related: Related?

    public init(_ message: String, at mark: YAMLMark, related: Related? = nil) {
        self.message = message
        self.mark = mark
        self.related = related
    }

    /// The message with the related place's line counted in the file that holds the YAML.
    public func describe(lineOffset: Int = 0) -> String {
        guard let related else { return message }
        return "\(message) (\(related.description) at line \(related.mark.line + lineOffset))"
    }
}
