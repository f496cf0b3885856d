import Diagnostics
import Site

/// An output made from the whole assembled site rather than from a template: a sitemap, a
/// feed, a calendar. Each one is a type of its own, listed in `DerivedOutputs.all`.
///
/// An output reads the site in two steps, so that a rebuild can skip it: `inputs(of:)` takes
/// from the site all the output depends on (cheap values, compared between builds), and
/// `derive(from:)` makes the files from those inputs alone. Equal inputs give equal files.
public protocol DerivedOutput: Sendable {
    /// All that the output reads of the site.
    associatedtype Inputs: Equatable & Sendable

    /// The file the output is known by, below the output folder (`sitemap.xml`). When the
    /// site's own files already write it, the site's file wins and the output is not made.
    var path: String { get }
    /// Whether the output holds absolute URLs, and so needs a `base_url` with a host.
    var needsOrigin: Bool { get }
    /// How the warning about a site without a host names the output; its path unless it
    /// writes more files than that one.
    var skippedName: String { get }
    /// Whether `site` has anything for the output (a news feed needs news): an output that
    /// does not apply is not made, and no warning names it.
    func applies(to site: Site) -> Bool
    /// What the output reads of `site`.
    func inputs(of site: Site) -> Inputs
    /// Whether `inputs(of:)` may read otherwise of a site in which the page `old` became `new`
    /// at its place, all else the same (`DerivedStage`): an output that reads only some pages,
    /// or only some of what a page holds, says when it does not. Yes by default.
    func mayRead(_ old: SitePage, becoming new: SitePage) -> Bool
    /// The pages whose body HTML `inputs(of:)` reads (a feed's entries): a build that lets go
    /// of each page's body once the page is written keeps these.
    func pagesReadingBody(of site: Site) -> [SitePage]
    /// The files of the output, and what the user should know about them, from its inputs.
    /// Called only when the output is made: its path is free and, if it needs one, the site
    /// has an origin.
    func derive(from inputs: Inputs) -> DerivedOutcome
}

extension DerivedOutput {
    public var skippedName: String { path }

    public func applies(to site: Site) -> Bool { true }

    public func pagesReadingBody(of site: Site) -> [SitePage] { [] }

    public func mayRead(_ old: SitePage, becoming new: SitePage) -> Bool { true }

    /// The output of `site`, made in full.
    public func derive(from site: Site) -> DerivedOutcome {
        derive(from: inputs(of: site))
    }
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
public struct DerivedOutcome: Sendable, Equatable {
    public var files: [DerivedFile]
    public var diagnostics: [Diagnostic]

    public init(files: [DerivedFile] = [], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
