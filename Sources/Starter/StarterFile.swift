/// One file of a new site: its path relative to the site folder and its text.
public struct StarterFile: Sendable, Hashable {
    /// Relative to the site folder, with `/` between folders: `content/index.md`.
    public var path: String
    /// The file's text, written as UTF-8.
    public var contents: String

    /// A file at `path` holding `contents`.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
