/// Reads a URL found on a page of the site the way a browser on the host would: a relative URL
/// against the page's own address, a root-relative one against the host (so it must start with
/// the base path), an absolute one on the site's own origin and base path as local.
public struct LinkResolver: Sendable {
    /// `/`, or `/lab-site/` for a site below a path.
    public let basePath: String
    /// `https://host`, when the site knows its origin: absolute URLs there are checked as local.
    public let origin: String?

    public init(basePath: String, origin: String? = nil) {
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
        self.origin = origin.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// Where `url`, found on the page written at `page` (`news/a/index.html`), leads.
    public func target(of url: String, onPage page: String) -> LinkTarget {
        if url.hasPrefix("//") { return .external("https:" + url) }
        if let scheme = Self.scheme(of: url) {
            guard scheme == "http" || scheme == "https" else { return .notChecked }
            guard let origin, url.lowercased().hasPrefix(origin.lowercased() + "/") || url.lowercased() == origin.lowercased() else {
                return .external(url)
            }
            let rest = String(url.dropFirst(origin.count))
            guard let local = local(rootRelative: rest.isEmpty ? "/" : rest) else { return .external(url) }
            return local
        }
        if url.hasPrefix("/") { return local(rootRelative: url) ?? .outsideSite }
        let (path, fragment) = Self.split(url)
        let folder = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        if path.isEmpty { return .local(path: page, fragment: fragment) }
        guard let resolved = Self.normalized(folder + Self.segments(of: path), endsInFolder: Self.endsInFolder(path)) else {
            return .outsideSite
        }
        return .local(path: resolved, fragment: fragment)
    }

    /// A URL that starts with `/`: local when it is below the base path.
    private func local(rootRelative url: String) -> LinkTarget? {
        let (path, fragment) = Self.split(url)
        let base = String(basePath.dropLast())
        guard path == base || path.hasPrefix(basePath) || basePath == "/" else { return nil }
        let inside = path == base ? "" : String(path.dropFirst(basePath.count))
        guard let resolved = Self.normalized(Self.segments(of: inside), endsInFolder: inside.isEmpty || Self.endsInFolder(inside)) else {
            return nil
        }
        return .local(path: resolved, fragment: fragment)
    }

    /// The path (percent-decoded, without its query) and the fragment (percent-decoded).
    static func split(_ url: String) -> (path: String, fragment: String?) {
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = PercentDecoding.decode(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        return (PercentDecoding.decode(rest), fragment)
    }

    private static func segments(of path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    private static func endsInFolder(_ path: String) -> Bool {
        path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
    }

    /// `.` and `..` taken out; `index.html` added to a folder; nil when `..` climbs above the root.
    private static func normalized(_ segments: [String], endsInFolder: Bool) -> String? {
        var kept: [String] = []
        for segment in segments {
            switch segment {
            case ".": continue
            case "..":
                guard !kept.isEmpty else { return nil }
                kept.removeLast()
            default: kept.append(segment)
            }
        }
        if endsInFolder || kept.isEmpty { kept.append("index.html") }
        return kept.joined(separator: "/")
    }

    /// The scheme of an absolute URL, lowercased; nil for a relative one.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon].unicodeScalars
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        guard let first = candidate.first, isLetter(first),
              candidate.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "." })
        else { return nil }
        return String(candidate).lowercased()
    }
}
