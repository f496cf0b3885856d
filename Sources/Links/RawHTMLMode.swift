/// What becomes of raw HTML written in a Markdown body: `raw_html` in `site.yml`.
public enum RawHTMLMode: String, Sendable, Hashable, CaseIterable {
    /// Kept as written, as Jekyll does (GFM's tag filter still disarms `<script>`, `<iframe>`,
    /// `<style>` and a few more). Event handlers, `javascript:` links in tags, `<form>`,
    /// `<base>` and `<meta http-equiv=refresh>` pass: right for a site with one author.
    case keep
    /// Only allow-listed tags and attributes are kept, URL attributes pass the same check as
    /// every other URL, and whatever was removed is reported: for sites with many authors.
    case sanitize
    /// Shown as text, as if every `<` had been written `&lt;`.
    case escape
}
