import YAML

/// What a page's decoding knows besides its front matter.
public struct PageContext: Sendable {
    /// `content/news/2026-01-05-grant.md`.
    public var path: String
    /// The date of a `YYYY-MM-DD-` file-name prefix, as Jekyll names posts.
    public var fileDate: ContentDate?
    /// Where "needs 'key'" errors point: the front matter's start, or the file's first line.
    public var missingKeyMark: YAMLMark

    /// The file-name extensions of Markdown pages: `.md`, and `.markdown`, `.mdown`, `.mkd` as Jekyll sites name them.
    public static let markdownExtensions = ["md", "markdown", "mdown", "mkd"]

    public init(path: String, fileDate: ContentDate? = nil, missingKeyMark: YAMLMark = YAMLMark(line: 1, column: 1)) {
        self.path = path
        self.fileDate = fileDate
        self.missingKeyMark = missingKeyMark
    }

    /// The kind from the first folder under `content/` (`news/` → news), if it names one.
    public var folderKind: PageKind? {
        let parts = path.split(separator: "/")
        guard parts.count > 2 else { return parts.count == 2 && Self.isIndex(parts[1]) ? .home : nil }
        return PageKind(name: String(parts[1]))
    }

    /// `content/news/index.md` introduces the news list; it is not a news item.
    public var isSectionIndex: Bool {
        let parts = path.split(separator: "/")
        return parts.count > 2 && parts.last.map(Self.isIndex) == true
    }

    /// `index.md`, `index.markdown`, …: the page of its folder.
    private static func isIndex(_ name: Substring) -> Bool {
        markdownExtensions.contains { name == "index." + $0 }
    }
}
