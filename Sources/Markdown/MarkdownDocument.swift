/// The result of rendering one Markdown body.
public struct MarkdownDocument: Sendable, Hashable {
    /// Something the renderer changed that the author should hear about: a link it emptied, raw
    /// HTML it removed, marks past a limit of `MarkdownInputGuard` shown as text. At a line of the
    /// Markdown text (1 is its first) and a column in Unicode scalars.
    public struct Notice: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
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
    /// What the renderer changed that the author should hear about, as warnings.
    public var notices: [Notice]

    public init(
        html: String, headings: [Heading] = [], extractedTitle: String? = nil, summary: String? = nil, imagesWithoutAlt: [String] = [],
        notices: [Notice] = []
    ) {
        self.html = html
        self.headings = headings
        self.extractedTitle = extractedTitle
        self.summary = summary
        self.imagesWithoutAlt = imagesWithoutAlt
        self.notices = notices
    }

    /// No body at all, for pages sitegen makes itself.
    public static let empty = MarkdownDocument(html: "")
}
