import Links

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

    /// An image whose alt text is empty (`![](x.png)`), or a raw `<img>` without `alt`: its URL,
    /// at the line and column of the Markdown text where its image or HTML starts.
    public struct ImageWithoutAlt: Sendable, Hashable {
        public var url: String
        public var line: Int
        public var column: Int

        public init(url: String, line: Int, column: Int) {
            self.url = url
            self.line = line
            self.column = column
        }
    }

    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
    }

    /// The body as HTML, with root-relative URLs as written (`/files/x.pdf`); a site below a
    /// base path shows it as `html(basePath:)`. Empty once `releaseHTML()` let go of it.
    public private(set) var html: String
    /// Where `html` holds a root-relative URL in a URL attribute of a tag, as UTF-8 offsets
    /// (see `RootRelativeURLScanner`): found once, when the body is rendered, so that the base
    /// path costs no second reading of the HTML.
    private(set) var rootRelativeURLs: [Range<Int>]
    /// Every heading in order, with the id given to it.
    public var headings: [Heading]
    /// The text of the first heading when it opened the document and was taken out of the body
    /// to serve as the page title (see `MarkdownRenderer.Options.extractLeadingHeading`).
    public var extractedTitle: String?
    /// Plain text of the first paragraph, for summaries and `<meta name="description">`.
    public var summary: String?
    /// Images whose alt text is empty, in order.
    public var imagesWithoutAlt: [ImageWithoutAlt]
    /// What the renderer changed that the author should hear about, as warnings.
    public var notices: [Notice]
    /// Whether the body shows a formula: its page then loads the math font.
    public var hasMath: Bool

    public init(
        html: String, headings: [Heading] = [], extractedTitle: String? = nil, summary: String? = nil, imagesWithoutAlt: [ImageWithoutAlt] = [],
        notices: [Notice] = [], hasMath: Bool = false
    ) {
        self.html = html
        rootRelativeURLs = RootRelativeURLScanner.ranges(in: html)
        self.headings = headings
        self.extractedTitle = extractedTitle
        self.summary = summary
        self.imagesWithoutAlt = imagesWithoutAlt
        self.notices = notices
        self.hasMath = hasMath
    }

    /// The body as HTML for a site below `basePath`: each root-relative URL in a URL attribute of
    /// a tag (Markdown links and images, and raw HTML's `href`, `src`, `srcset`, `poster`,
    /// `action`, `formaction`, `cite`, `xlink:href`, and `data` on `<object>`) is resolved by
    /// `LinkPolicy.resolve`. Below `/` this is `html` itself, not a copy.
    public func html(basePath: String) -> String {
        guard basePath != "/", !rootRelativeURLs.isEmpty else { return html }
        var source = html
        return source.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + rootRelativeURLs.count * basePath.utf8.count)
            var copied = 0
            for range in rootRelativeURLs {
                let url = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                let resolved = LinkPolicy.resolve(url, basePath: basePath)
                guard resolved != url else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
                output.append(contentsOf: resolved.utf8)
                copied = range.upperBound
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Lets go of the HTML, most of a body's size, and keeps the rest: what lists and the page's
    /// `<head>` read of a page besides its HTML (the summary, the headings, the title).
    public mutating func releaseHTML() {
        html = ""
        rootRelativeURLs = []
    }

    /// No body at all, for pages sitegen makes itself.
    public static let empty = MarkdownDocument(html: "")
}
