import Load

/// Files of the site that changed, as a watcher saw them: paths relative to the site folder
/// (`content/news/a.md`, `site.yml`), or everything when the watcher lost track.
struct SiteChange: Sendable, Equatable {
    var paths: Set<String> = []
    var everything = false

    var isEmpty: Bool { paths.isEmpty && !everything }

    mutating func formUnion(_ other: SiteChange) {
        paths.formUnion(other.paths)
        everything = everything || other.everything
    }

    /// The folders and file a site is built from; nothing else is watched.
    static let watchedFolders = SiteLayout.folders
    static let configFile = SiteLayout.configFile

    /// Whether a name inside a watched folder can matter to a build: hidden files (editors'
    /// swap and lock files) never do, as the build skips them.
    static func matters(_ name: Substring) -> Bool {
        !name.hasPrefix(".")
    }
}
