/// The source formats a build reads, and which one takes a file. `standard` is the list of
/// formats sitegen has; a new format is registered there.
public struct SourceFormats: Sendable {
    public static let standard = SourceFormats([MarkdownFormat(), BibTeXFormat()])

    private let byExtension: [String: [any SourceFormat]]
    /// The formats' type names, in order (`MarkdownFormat`, `BibTeXFormat`): what tells two
    /// sets of formats apart.
    public let names: [String]

    /// When two formats take one file, the first one listed gets it.
    public init(_ formats: [any SourceFormat]) {
        var byExtension: [String: [any SourceFormat]] = [:]
        for format in formats {
            for fileExtension in format.fileExtensions {
                byExtension[fileExtension, default: []].append(format)
            }
        }
        self.byExtension = byExtension
        names = formats.map { String(reflecting: type(of: $0)) }
    }

    /// The format that takes the file at `path` (`content/news/a.md`), by the extension of its
    /// name and then by the format's `takes(path:)`; nil for a file to copy as it is.
    public func format(for path: String) -> (any SourceFormat)? {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        return byExtension[String(name[name.utf8.index(after: dot)...])]?.first { $0.takes(path: path) }
    }
}
