/// The result of rendering one Markdown body.
public struct MarkdownDocument: Sendable, Hashable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
    }

    /// A problem found in the body, at a 1-based line and column (in characters) of the body.
    public struct Warning: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The body as HTML.
    public var html: String
    /// Every heading in order, with the id given to it.
    public var headings: [Heading]
    /// The text of the first heading when it opened the document and was taken out of the body
    /// to serve as the page title (see `MarkdownRenderer.Options.extractLeadingHeading`).
    public var extractedTitle: String?
    /// Plain text of the first paragraph, for summaries and `<meta name="description">`.
    public var summary: String?
    /// Images whose alt text is empty, by their URL.
    public var imagesWithoutAlt: [String]
    /// Marks past a limit of `MarkdownInputGuard`, shown as text instead.
    public var warnings: [Warning]

    public init(html: String, headings: [Heading] = [], extractedTitle: String? = nil, summary: String? = nil, imagesWithoutAlt: [String] = [], warnings: [Warning] = []) {
        self.html = html
        self.headings = headings
        self.extractedTitle = extractedTitle
        self.summary = summary
        self.imagesWithoutAlt = imagesWithoutAlt
        self.warnings = warnings
    }

    /// No body at all, for pages sitegen makes itself.
    public static let empty = MarkdownDocument(html: "")
}
