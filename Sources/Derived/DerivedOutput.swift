import Diagnostics
import Site

/// An output made from the whole assembled site rather than from a template: a sitemap, a
/// feed, a calendar. Each one is a type of its own, listed in `DerivedOutputs.all`.
public protocol DerivedOutput: Sendable {
    /// The file the output is known by, below the output folder (`sitemap.xml`). When the
    /// site's own files already write it, the site's file wins and the output is not made.
    var path: String { get }
    /// Whether the output holds absolute URLs, and so needs a `base_url` with a host.
    var needsOrigin: Bool { get }
    /// The files of the output, and what the user should know about them. Called only when
    /// the output is made: its path is free and, if it needs one, the site has an origin.
    func derive(from site: Site) -> DerivedOutcome
}

/// A file a derived output writes: where it goes below the output folder, and its bytes.
public struct DerivedFile: Sendable, Equatable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// What deriving made: files to write and diagnostics to report.
public struct DerivedOutcome: Sendable {
    public var files: [DerivedFile]
    public var diagnostics: [Diagnostic]

    public init(files: [DerivedFile] = [], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
