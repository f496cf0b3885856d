/// One problem found in the user's input, with where it is and the line it is on.
public struct Diagnostic: Sendable, Hashable, Codable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// The text of the offending line, shown under the message with a caret.
    public var sourceLine: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, sourceLine: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    public static func error(_ message: String, at location: SourceLocation?, sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, sourceLine: sourceLine)
    }

    public static func warning(_ message: String, at location: SourceLocation?, sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, sourceLine: sourceLine)
    }

    /// The first line of the rendered diagnostic: `path:line:column: error: message`.
    public var headline: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    public var description: String { DiagnosticFormatter.format(self) }

    /// The diagnostic `lines` lines further down its file (up when negative), as when what it
    /// is about moved; the text of its line is taken from `fileLines` when given, else kept.
    public func moved(lines: Int, fileLines: LineIndex? = nil) -> Diagnostic {
        guard let place = location?.moved(lines: lines) else { return self }
        return Diagnostic(severity, message, at: place, sourceLine: fileLines.map { $0.line(place.line) } ?? sourceLine)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// Sorted by file and position, so that output is stable whatever order stages ran in.
    public func sortedByLocation() -> [Diagnostic] {
        sorted(by: Diagnostic.precedes)
    }
}

extension Diagnostic {
    /// The order of `sortedByLocation`: by file and position, those without a place first, then
    /// by message.
    public static func precedes(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return lhs.message < rhs.message
        }
    }
}
