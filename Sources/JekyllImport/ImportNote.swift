/// One thing the importer did not convert: where it is in the Jekyll site, what it is, and what
/// the owner can do about it.
public struct ImportNote: Sendable, Hashable, Comparable {
    /// The file in the Jekyll site, relative to its folder (`_config.yml`, `_pages/cv.md`).
    public var file: String
    /// The 1-based line of the key or tag, or nil when the note is about the whole file.
    public var line: Int?
    /// What was not converted: a key (`author.location`), a tag (`{% include toc %}`).
    public var subject: String
    /// What to do about it.
    public var advice: String

    public init(file: String, line: Int?, subject: String, advice: String) {
        self.file = file
        self.line = line
        self.subject = subject
        self.advice = advice
    }

    /// `_config.yml:12`, or the file alone.
    public var place: String { line.map { "\(file):\($0)" } ?? file }

    /// By file, then line, then subject, so that the report reads down each file.
    public static func < (left: ImportNote, right: ImportNote) -> Bool {
        (left.file, left.line ?? 0, left.subject) < (right.file, right.line ?? 0, right.subject)
    }
}
