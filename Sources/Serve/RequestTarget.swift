/// Where a request's target leads inside the served site, decided from the raw target before
/// anything is looked up. Only names of output files are ever looked up, so no request can
/// reach a file outside the site; targets that try (`..`, `%2e%2e`, an encoded `/`, NUL) are
/// refused outright.
enum RequestTarget: Equatable {
    /// A path inside the site, percent-decoded, without the base path: `news/a/` or
    /// `assets/css/site.css`; empty for the home page.
    case site(String)
    /// The base path without its final `/`: redirect to `location`.
    case redirect(location: String)
    /// A reserved path of the preview server itself (`/__sitegen/events`).
    case reserved(String)
    /// Not below the base path.
    case outside
    case invalid(reason: String)

    static let reservedPrefix = "/__sitegen/"

    /// Parses `target` (the request line's path and query) for a site served below `basePath`.
    static func parse(_ target: String, basePath: String) -> RequestTarget {
        guard target.hasPrefix("/") else { return .invalid(reason: "the request target must start with '/'") }
        let rawPath = target.prefix { $0 != "?" && $0 != "#" }
        if rawPath.hasPrefix(reservedPrefix) { return .reserved(String(rawPath.dropFirst(reservedPrefix.count))) }
        var segments: [String] = []
        for rawSegment in rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = percentDecoded(rawSegment) else { return .invalid(reason: "bad percent-encoding") }
            if segment.contains("/") || segment.contains("\\") { return .invalid(reason: "an encoded '/' or '\\' in the path") }
            if segment.contains("\0") { return .invalid(reason: "a NUL byte in the path") }
            if segment == ".." || segment == "." { return .invalid(reason: "'.' or '..' in the path") }
            segments.append(segment)
        }
        let path = segments.joined(separator: "/")
        let base = String(basePath.dropFirst())
        if base.isEmpty { return .site(path) }
        if path + "/" == base { return .redirect(location: basePath + query(of: target)) }
        guard path.hasPrefix(base) else { return .outside }
        return .site(String(path.dropFirst(base.count)))
    }

    /// `?a=b` of a target, or nothing.
    static func query(of target: String) -> Substring {
        guard let mark = target.firstIndex(of: "?") else { return "" }
        return target[mark...].prefix { $0 != "#" }
    }

    /// Decodes `%XX` escapes; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
