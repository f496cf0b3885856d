import Models

/// Turns a page's source path (and entry key) into the page's route and output file.
public enum Route {
    /// Whether a slug is one safe path segment: no separators, no `.`/`..`, no control characters.
    public static func isValidSlug(_ slug: String) -> Bool {
        let bytes = slug.utf8
        guard !bytes.isEmpty, slug != ".", slug != "..", bytes.count <= 200 else { return false }
        return !bytes.contains(where: isForbidden)
    }

    /// Every character a segment cannot hold is ASCII, and no byte of a multi-byte UTF-8 sequence is.
    private static func isForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x7F, UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%"),
             UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// Route segments for `content/a/b/c.md` → `["a", "b", "c"]`; `index.md` names its folder.
    /// A date prefix stays in the URL (as in Jekyll's post URLs), so that sessions of one
    /// series named `2026-05-12-seminar.md` and `2026-12-03-seminar.md` do not collide.
    /// An entry of a file of many pages adds its key to the file's segments:
    /// `content/publications.bib#knuth1984` → `["publications", "knuth1984"]`.
    public static func segments(forContentPath path: String, entry: String? = nil) -> [String] {
        var parts = components(of: path).dropFirst()
        guard let last = parts.popLast() else { return [] }
        let name = stem(of: last)
        let file = name == "index" ? Array(parts) : Array(parts) + [name]
        guard let entry else { return file }
        return file + [entry]
    }

    /// The route segments of an entry of a `.bib` file, whichever file it is in:
    /// `["publications", slug]`, the slug made of the key by `slug(forKey:)`.
    public static func segments(forPublication key: String) -> [String] {
        ["publications", slug(forKey: key)]
    }

    /// A BibTeX key as one URL segment: each character a segment cannot hold (`:` and `/` of
    /// DBLP's `DBLP:conf/icml/Smith20`, and `\ ? # % " < > | *`, control characters) becomes
    /// `-`. Other keys are their own slug.
    public static func slug(forKey key: String) -> String {
        guard key.utf8.contains(where: isForbidden) else { return key }
        return String(decoding: key.utf8.map { isForbidden($0) ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }

    /// A file name without its extension: `a.md` → `a`, `refs.v2.bib` → `refs.v2`.
    public static func stem(of name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `content/news/a.md` → `["content", "news", "a.md"]`. Splits bytes, not characters:
    /// this runs for every page of every build.
    public static func components(of path: String) -> [String] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    /// The folder a route's page stands in, which relative URLs on it start from: the route
    /// itself for a folder (`news/a/`), its parent for a file that `permalink:` names
    /// (`people/cv.html` → `people/`, `cv.html` → empty).
    public static func folder(of route: String) -> String {
        guard !route.hasSuffix("/"), let slash = route.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return route.hasSuffix("/") ? route : ""
        }
        return String(route[...slash])
    }

    public static func outputPath(for route: String) -> String {
        route + "index.html"
    }
}
