import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sitemaps.org protocol's rules, checked on a file's bytes with Foundation's XML parser:
/// the root element and its namespace, absolute `<loc>` URLs on the site's origin and shorter
/// than 2,048 characters, at most 50,000 entries and 50 MiB, `<lastmod>` in W3C date format.
/// Returns what breaks them, empty when nothing does.
final class SitemapRules: NSObject, XMLParserDelegate {
    struct Checked {
        var root: String?
        var locations: [String] = []
        var lastmods: [String] = []
        /// `<url>` or `<sitemap>` elements.
        var entries = 0
        var problems: [String] = []
    }

    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    private var checked = Checked()
    private var path: [String] = []
    private var text = ""

    /// Checks a urlset (`index == false`) or a sitemap index.
    static func check(_ bytes: [UInt8], origin: String, index: Bool = false) -> Checked {
        let rules = SitemapRules()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.delegate = rules
        if !parser.parse() { rules.checked.problems.append("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")") }
        var checked = rules.checked
        let (root, entry) = index ? ("sitemapindex", "sitemap") : ("urlset", "url")
        if checked.root != root { checked.problems.append("the root element is \(checked.root ?? "missing"), not \(root)") }
        if checked.locations.count != checked.entries { checked.problems.append("\(checked.entries) entries but \(checked.locations.count) <loc>") }
        if checked.locations.count > 50_000 { checked.problems.append("\(checked.locations.count) \(entry) entries, more than 50,000") }
        if bytes.count > 50 * 1024 * 1024 { checked.problems.append("\(bytes.count) bytes, more than 50 MiB") }
        for location in checked.locations {
            guard let url = URL(string: location), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                checked.problems.append("not an absolute http(s) URL: \(location)")
                continue
            }
            if !location.hasPrefix(origin + "/") { checked.problems.append("not on \(origin): \(location)") }
            if location.count >= 2_048 { checked.problems.append("\(location.count) characters: \(location.prefix(40))…") }
        }
        for lastmod in checked.lastmods where !isW3CDate(lastmod) {
            checked.problems.append("not a W3C date: \(lastmod)")
        }
        return checked
    }

    /// `YYYY-MM-DD`, or that with `Thh:mm[:ss[.s+]]` and a zone (`Z` or `±hh:mm`).
    static func isW3CDate(_ text: String) -> Bool {
        let pattern = #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if path.isEmpty { checked.root = name }
        if namespaceURI != Self.namespace { checked.problems.append("<\(name)> is in namespace \(namespaceURI ?? "none")") }
        let parent = path.last ?? ""
        switch name {
        case "url", "sitemap": checked.entries += 1
        case "loc", "lastmod": if parent != "url" && parent != "sitemap" { checked.problems.append("<\(name)> inside <\(parent)>") }
        default: break
        }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "loc": checked.locations.append(text)
        case "lastmod": checked.lastmods.append(text)
        default: break
        }
        path.removeLast()
        text = ""
    }
}
