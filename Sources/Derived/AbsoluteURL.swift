import Links
import Site

/// Absolute URLs of a site's pages and files, for outputs read away from the site (sitemaps,
/// feeds): the origin from `base_url`, the base path, then the percent-encoded route.
enum AbsoluteURL {
    /// `news/Café/` on `https://example.org/lab/` → `https://example.org/lab/news/Caf%C3%A9/`;
    /// nil when the site has no origin. Bytes outside ASCII in the origin and base path are
    /// percent-encoded too, so the result is a URI.
    static func of(_ route: String, in site: Site) -> String? {
        prefix(of: site).map { $0 + PathEncoding.encode(route) }
    }

    /// `https://example.org/lab/`: what every absolute URL of the site starts with.
    static func prefix(of site: Site) -> String? {
        site.config.origin.map { encodeNonASCII($0 + site.config.basePath) }
    }

    /// Escapes bytes from 0x80 up and nothing else: the base path may already hold `%` escapes.
    static func encodeNonASCII(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if byte < 0x80 {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
