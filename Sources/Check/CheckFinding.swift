import Diagnostics

/// One problem the check found on a page of the output, before it is placed in a source file.
public struct CheckFinding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A link to a page or file that the site does not have.
        case brokenLink = "broken-link"
        /// An image, stylesheet, script or other embedded file that the site does not have.
        case missingFile = "missing-file"
        /// A `#fragment` that no element of the target page has as its id.
        case missingAnchor = "missing-anchor"
        /// A root-relative URL outside the base path, or a relative one above the site's root.
        case outsideSite = "outside-site"
        /// Two elements of one page with the same id.
        case duplicateID = "duplicate-id"
        /// An `<img>` without an `alt` attribute.
        case missingAlt = "missing-alt"
        /// A page that no link of another page reaches, starting from the home page.
        case orphan
        /// An external link that answered with an error or could not be reached.
        case externalBroken = "external-broken"
        /// An external link that redirects: it works, and the final address is better.
        case externalRedirect = "external-redirect"
        /// An external link whose server did not let it be checked (403, 429, a server error,
        /// no answer in time): worth a look, not known to be broken.
        case externalUnverified = "external-unverified"

        public var severity: Diagnostic.Severity {
            switch self {
            case .orphan, .externalRedirect, .externalUnverified: .warning
            default: .error
            }
        }
    }

    public var kind: Kind
    /// What it is about (the URL as the page writes it, the id, the page): findings of one kind
    /// about one subject on several pages are one problem in the source.
    public var subject: String
    public var message: String
    /// The output page it was found on (`news/a/index.html`), and where on it.
    public var page: String
    public var place: PageScan.Place?
    /// The texts that the source likely writes where the problem comes from, best first (the
    /// URL as written, the id): the check looks for them in the page's source file.
    public var sourceTexts: [String]

    public init(kind: Kind, subject: String, message: String, page: String, place: PageScan.Place?, sourceTexts: [String] = []) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.page = page
        self.place = place
        self.sourceTexts = sourceTexts
    }
}
