import BibTeX
import Foundation
import Links
import Models

/// The links and files of an entry: al-folio's resource fields and identifiers made into URLs.
///
/// Links come in this fixed order, each once (a URL already linked is not repeated):
/// DOI, arXiv, HAL, PubMed, OpenReview, DBLP, Zenodo, HTML (`html`), URL (`url`), Website,
/// Code, Video, Blog. Files (`pdf`, `supp`, `slides`, `poster`) are kept apart, as the site
/// assembly resolves their paths.
enum PublicationLinks {
    /// A field and how its value becomes a URL (nil when it cannot).
    struct Source: Sendable {
        var field: String
        var label: String
        var url: @Sendable (String) -> String?
    }

    static let sources: [Source] = [
        Source(field: "doi", label: "DOI", url: doi),
        Source(field: "arxiv", label: "arXiv", url: arxiv),
        Source(field: "hal", label: "HAL", url: { identifier($0, prefix: "https://hal.science/") }),
        Source(field: "pmid", label: "PubMed", url: { identifier($0, prefix: "https://pubmed.ncbi.nlm.nih.gov/", suffix: "/") }),
        Source(field: "openreview", label: "OpenReview", url: { identifier($0, prefix: "https://openreview.net/forum?id=") }),
        Source(field: "dblp", label: "DBLP", url: { identifier($0, prefix: "https://dblp.org/rec/") }),
        Source(field: "zenodo", label: "Zenodo", url: zenodo),
        Source(field: "html", label: "HTML", url: { $0 }),
        Source(field: "url", label: "URL", url: { $0 }),
        Source(field: "website", label: "Website", url: { $0 }),
        Source(field: "code", label: "Code", url: { $0 }),
        Source(field: "video", label: "Video", url: { $0 }),
        Source(field: "blog", label: "Blog", url: { $0 }),
    ]

    /// The entry's links, with a warning at each field whose value cannot be linked.
    static func links(of fields: inout EntryFields) -> [LabeledLink] {
        var links: [LabeledLink] = []
        for source in sources {
            guard let field = field(source.field, of: fields.entry) else { continue }
            let value = urlText(field.value)
            guard let text = source.url(value) else {
                fields.warning("'\(value)' in '\(field.name)' of entry '\(fields.entry.key)' is not a \(source.label) identifier; the link is left out", at: field)
                continue
            }
            switch WebURL.check(text) {
            case .success(let url):
                if !links.contains(where: { $0.url == url }) { links.append(LabeledLink(label: source.label, url: url)) }
            case .failure:
                fields.warning("'\(text)' in '\(field.name)' of entry '\(fields.entry.key)' is not a URL that can be linked "
                               + "(use https://… or a path such as /papers/x.pdf); the link is left out", at: field)
            }
        }
        return links
    }

    /// The field for a link source: `arxiv`, or an `eprint` whose `eprinttype` or `archiveprefix` is arXiv.
    private static func field(_ name: String, of entry: BibEntry) -> BibField? {
        if let field = entry.field(name), !field.value.isEmpty { return field }
        guard name == "arxiv", let eprint = entry.field("eprint"), !eprint.value.isEmpty, isArXiv(entry) else { return nil }
        return eprint
    }

    /// Whether the entry's `eprint` is an arXiv identifier.
    static func isArXiv(_ entry: BibEntry) -> Bool {
        [entry["eprinttype"], entry["archiveprefix"]].contains { $0.map(urlText)?.lowercased() == "arxiv" }
    }

    /// A URL-like value as written in a `.bib` file: `\url{…}`, braces and the backslashes of
    /// `\_`, `\%`, `\&`, `\#`, `\~` removed.
    static func urlText(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("\\url") { text.removeFirst(4) }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                if !"_%&#~$".contains(character) { result.append("\\") }
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "{", character != "}" {
                result.append(character)
            }
        }
        if escaped { result.append("\\") }
        return result.trimmingCharacters(in: .whitespaces)
    }

    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }

    /// `10.…`, `doi:10.…` or a doi.org URL, as `https://doi.org/10.…` (characters a URL cannot hold percent-encoded).
    static func doi(_ text: String) -> String? {
        var name = text
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where name.lowercased().hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            break
        }
        name = name.trimmingCharacters(in: .whitespaces)
        guard name.hasPrefix("10."), name.contains("/") else { return nil }
        return "https://doi.org/" + encoded(name)
    }

    /// `2101.00001`, `arXiv:2101.00001`, `math/0601001` or an arxiv.org URL.
    static func arxiv(_ text: String) -> String? {
        if isWebURL(text) { return text }
        var name = text
        if name.lowercased().hasPrefix("arxiv:") { name.removeFirst(6) }
        return identifier(name, prefix: "https://arxiv.org/abs/")
    }

    /// A Zenodo record number as its DOI, or a DOI or URL as it is.
    static func zenodo(_ text: String) -> String? {
        if isWebURL(text) { return text }
        if !text.isEmpty, text.allSatisfy(\.isASCIIDigit) { return "https://doi.org/10.5281/zenodo." + text }
        return doi(text)
    }

    /// A URL as it is, or an identifier (no white space) after `prefix`.
    static func identifier(_ text: String, prefix: String, suffix: String = "") -> String? {
        if isWebURL(text) { return text }
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        return prefix + encoded(text) + suffix
    }

    /// Bytes that cannot stand in a URL (spaces, `<`, `>`, `"`, `#`, non-ASCII…) percent-encoded;
    /// an identifier's `?` and `%` are kept as written.
    private static func encoded(_ text: String) -> String {
        PathEncoding.encode(text, keeping: "?%")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
