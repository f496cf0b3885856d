import Foundation

/// A file of the imported site: where it goes, its bytes, and the Jekyll file it comes from.
public struct ImportedFile: Sendable, Hashable {
    /// The path in the destination folder (`site.yml`, `content/cv.md`).
    public var path: String
    public var contents: Data
    /// The files of the Jekyll site it was made or copied from; none for the report itself.
    public var sources: [String]

    public init(path: String, contents: Data, sources: [String]) {
        self.path = path
        self.contents = contents
        self.sources = sources
    }

    public init(path: String, text: String, sources: [String]) {
        self.init(path: path, contents: Data(text.utf8), sources: sources)
    }
}
