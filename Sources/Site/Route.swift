import Models

/// Turns a content file's path into the page's route and output file.
public enum Route {
    /// A page named with a Jekyll date prefix (`2019-05-03-l2s.md`): the date and the rest.
    public static func datePrefix(of name: String) -> (date: ContentDate, rest: String)? {
        let bytes = name.utf8
        guard bytes.count > 11, bytes[bytes.index(bytes.startIndex, offsetBy: 10)] == UInt8(ascii: "-"),
              let date = ContentDate(parsing: String(Substring(bytes.prefix(10)))) else { return nil }
        return (date, String(Substring(bytes.dropFirst(11))))
    }

    /// Whether a slug is one safe path segment: no separators, no `.`/`..`, no control characters.
    public static func isValidSlug(_ slug: String) -> Bool {
        let bytes = slug.utf8
        guard !bytes.isEmpty, slug != ".", slug != "..", bytes.count <= 200 else { return false }
        // Every forbidden character is ASCII, and no byte of a multi-byte UTF-8 sequence is.
        return !bytes.contains { byte in
            switch byte {
            case 0..<0x20, 0x7F, UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%"),
                 UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: ":"):
                return true
            default:
                return false
            }
        }
    }

    /// Route segments for `content/a/b/c.md` → `["a", "b", "c"]`; `index.md` names its folder.
    /// A date prefix stays in the URL (as in Jekyll's post URLs), so that sessions of one
    /// series named `2026-05-12-seminar.md` and `2026-12-03-seminar.md` do not collide.
    public static func segments(forContentPath path: String) -> [String] {
        var parts = components(of: path).dropFirst()
        guard let last = parts.popLast() else { return [] }
        let name = last.hasSuffix(".md") ? String(last.dropLast(3)) : last
        if name == "index" { return Array(parts) }
        return Array(parts) + [name]
    }

    /// `content/news/a.md` → `["content", "news", "a.md"]`. Splits bytes, not characters:
    /// this runs for every page of every build.
    public static func components(of path: String) -> [String] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    public static func outputPath(for route: String) -> String {
        route + "index.html"
    }
}
