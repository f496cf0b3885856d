import Diagnostics

/// One problem `sitegen check` reports: what kind it is (a `CheckFinding.Kind`'s name, or
/// `build` for the build's own warnings and errors) and the diagnostic at its place.
public struct CheckProblem: Sendable, Hashable {
    public var kind: String
    /// The URL, id or page it is about (see `CheckFinding.subject`); nil for the build's own.
    public var subject: String?
    public var diagnostic: Diagnostic

    public init(kind: String, subject: String? = nil, diagnostic: Diagnostic) {
        self.kind = kind
        self.subject = subject
        self.diagnostic = diagnostic
    }

    public static let buildKind = "build"
}
