/// One file of a new site: its path relative to the site folder and its text.
public struct StarterFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
