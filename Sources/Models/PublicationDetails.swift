/// Where in its venue a publication is, and who published it: what a citation shows after the
/// venue. Each is Unicode text, LaTeX already converted.
public struct PublicationDetails: Sendable, Hashable {
    public var volume: String?
    public var number: String?
    /// `12--34` as written becomes `12–34`.
    public var pages: String?
    public var chapter: String?
    public var edition: String?
    public var series: String?
    public var publisher: String?
    /// `address` or biblatex's `location`.
    public var place: String?
    /// A thesis's school, a report's institution, a manual's organization.
    public var institution: String?
    /// A report's or thesis's `type` (`Technical report`, `PhD thesis`).
    public var typeLabel: String?
    public var howPublished: String?
    /// Shown as text, never linked.
    public var isbn: String?
    public var issn: String?
    /// `language` or biblatex's `langid`, as written (`English`, `french`).
    public var language: String?

    public init() {}
}
