/// Decides which URLs may become links or image sources, and makes site-internal URLs honour
/// the base path.
///
/// A URL is read the way the WHATWG URL standard (and so every browser) reads it: leading and
/// trailing C0 control characters and spaces are stripped, tab and newline are removed
/// anywhere, and only then is the scheme read. Schemes are allow-listed, so `javascript:`,
/// `vbscript:`, `file:` and any scheme a browser may learn later are refused, however they
/// are disguised.
public enum LinkPolicy {
    /// Schemes any link may use. A URL without a scheme (a path, `#fragment`, `?query`,
    /// `//host/x`) is a relative reference and resolves to the page's own `http(s)` scheme.
    public static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    /// Media types a `data:` URL may have where the URL is an image source.
    public static let imageDataTypes: Set<String> = ["image/png", "image/gif", "image/jpeg", "image/webp"]

    /// Whether `url` may be used for `purpose`.
    public static func allows(_ url: String, for purpose: URLPurpose) -> Bool {
        let normalized = browserNormalized(url)
        guard let scheme = scheme(of: normalized) else { return true }
        if linkSchemes.contains(scheme) { return true }
        return scheme == "data" && purpose == .image && isImageData(normalized)
    }

    /// The URL as a browser sees it before reading it: leading and trailing C0 controls and
    /// spaces stripped (U+0000–U+0020), then every tab, line feed and carriage return removed.
    public static func browserNormalized(_ url: String) -> String {
        // Most URLs have nothing to strip: no byte up to U+0020 at either end, no tab or break.
        if let first = url.utf8.first, let last = url.utf8.last, first > 0x20, last > 0x20,
           !url.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return url
        }
        let scalars = url.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
              let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last].filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
    }

    /// The scheme of a browser-normalised URL, lowercased: an ASCII letter, then letters,
    /// digits, `+`, `-` or `.`, up to a `:`. nil for a relative reference.
    public static func scheme(of normalized: String) -> String? {
        var scheme = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : String(scheme) }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isSchemeCharacter = isLetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard scheme.isEmpty ? isLetter : isSchemeCharacter else { return nil }
            scheme.append(isLetter ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
        }
        return nil
    }

    /// `data:image/png;base64,…` and the like: the media type before `,` (parameters after
    /// `;` ignored, ASCII whitespace trimmed, ASCII case ignored) is one of `imageDataTypes`.
    private static func isImageData(_ normalized: String) -> Bool {
        let scalars = normalized.unicodeScalars
        guard let colon = scalars.firstIndex(of: ":") else { return false }
        let body = scalars[scalars.index(after: colon)...]
        guard let comma = body.firstIndex(of: ",") else { return false }
        let isWhitespace: (Unicode.Scalar) -> Bool = { " \t\n\u{0C}\r".unicodeScalars.contains($0) }
        let mediaType = body[..<comma].prefix { $0 != ";" }.drop(while: isWhitespace).reversed().drop(while: isWhitespace).reversed()
        let lowercased = mediaType.map { ("A"..."Z").contains($0) ? Unicode.Scalar(UInt8($0.value) | 0x20) : $0 }
        return imageDataTypes.contains(String(String.UnicodeScalarView(lowercased)))
    }

    /// A root-relative URL (`/assets/x.png`) gets the site's base path (`/lab-site/assets/x.png`);
    /// absolute URLs, protocol-relative ones, fragments and relative paths are left as they are.
    public static func resolve(_ url: String, basePath: String) -> String {
        guard url.hasPrefix("/"), !url.hasPrefix("//"), basePath != "/" else { return url }
        if url == basePath.dropLast() || url.hasPrefix(basePath) { return url }
        return basePath + url.dropFirst()
    }

    /// Normalises a base path to start and end with a slash: `lab-site` → `/lab-site/`.
    public static func normalizedBasePath(_ path: String) -> String {
        let trimmed = path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return trimmed.isEmpty ? "/" : "/\(trimmed)/"
    }
}

/// What a URL is for: a link is followed, an image is shown. Only an image may be a `data:` URL.
public enum URLPurpose: Sendable, Hashable {
    case link
    case image
}
