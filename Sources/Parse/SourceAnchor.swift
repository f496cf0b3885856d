import Diagnostics

/// A place in a source file and the text of its line, kept so that a later stage can point at
/// it without keeping the whole file.
public struct SourceAnchor: Sendable, Equatable {
    public var location: SourceLocation
    public var line: String?

    public init(location: SourceLocation, line: String?) {
        self.location = location
        self.line = line
    }

    public func error(_ message: String) -> Diagnostic {
        .error(message, at: location, sourceLine: line)
    }
}
