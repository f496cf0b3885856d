import Foundation
import Links

extension MarkdownDocument {
    /// The body as HTML read away from the site (in a feed): every URL of a URL attribute made
    /// absolute. A root-relative URL (`/files/x.pdf`) gets `origin` and the base path before it;
    /// a relative one (`x.pdf`, `../a/`, `#part`) is resolved against `pageURL`, the page's own
    /// absolute URL; one with a scheme is kept as written.
    public func html(origin: String, basePath: String, pageURL: String) -> String {
        let ranges = RootRelativeURLScanner.allURLRanges(in: html)
        guard !ranges.isEmpty else { return html }
        let base = URL(string: pageURL)
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + ranges.count * pageURL.utf8.count)
        var copied = 0
        for range in ranges {
            let url = String(decoding: bytes[range], as: UTF8.self)
            output += bytes[copied..<range.lowerBound]
            output += Array(Self.absolute(url, origin: origin, basePath: basePath, base: base).utf8)
            copied = range.upperBound
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// `url` made absolute, or as written when it already is or cannot be resolved.
    static func absolute(_ url: String, origin: String, basePath: String, base: URL?) -> String {
        if url.hasPrefix("/"), !url.hasPrefix("//") {
            return origin + LinkPolicy.resolve(url, basePath: basePath)
        }
        if hasScheme(url) { return url }
        guard let base, let resolved = URL(string: url, relativeTo: base) else { return url }
        return resolved.absoluteString
    }

    /// Whether `url` starts with a scheme (`https:`, `mailto:`): letters, digits, `+-.`, then `:`.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), colon != url.startIndex else { return false }
        let scheme = url[..<colon]
        return scheme.first?.isLetter == true
            && scheme.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }
}
