/// Where a URL found on a page of the site leads.
public enum LinkTarget: Sendable, Hashable {
    /// A file of the output folder (`news/a/index.html` for `/news/a/`), as the URL names it,
    /// percent-decoded, and the fragment after `#` when there is one.
    case local(path: String, fragment: String?)
    /// An `http` or `https` URL of another site (or of this site's origin outside its base path).
    case external(String)
    /// A root-relative URL outside the site's base path, or a relative one climbing above the
    /// site's root: on the host, it leads out of the site.
    case outsideSite
    /// A URL the check does not follow: `mailto:`, `tel:`, `data:`, `javascript:`.
    case notChecked
}
