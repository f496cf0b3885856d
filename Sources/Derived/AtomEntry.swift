import Models

/// One `<entry>` of an Atom feed, as its feed reads it from the site.
struct AtomEntry: Sendable, Equatable {
    /// A tag URI (RFC 4151) from the site's host, the page's date and its path: it does not
    /// change when the title does, nor from one build to the next.
    var id: String
    var title: String
    /// From the content: the news item's, paper's or session's date.
    var updated: ContentDate
    /// The page's absolute URL (for a news item without a page of its own, its list's).
    var link: String
    /// The entry's own authors (a paper's); none means the feed's.
    var authors: [String]
    /// The entry's body as HTML, every URL in it absolute.
    var contentHTML: String
}
