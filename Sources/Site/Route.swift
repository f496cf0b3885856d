import Models

/// Turns a content file's path into the page's route and output file.
public enum Route {
    /// A page named with a Jekyll date prefix (`2019-05-03-l2s.md`): the date and the rest.
    public static func datePrefix(of name: String) -> (date: ContentDate, rest: String)? {
        guard name.utf8.count > 11, let date = ContentDate(parsing: String(name.prefix(10))),
              name.dropFirst(10).first == "-" else { return nil }
        return (date, String(name.dropFirst(11)))
    }

    /// Whether a slug is one safe path segment: no separators, no `.`/`..`, no control characters.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug != ".", slug != "..", slug.utf8.count <= 200 else { return false }
        return !slug.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
                || "?#%\"<>|*:".unicodeScalars.contains(scalar)
        }
    }

    /// Route segments for `content/a/b/c.md` → `["a", "b", "c"]`; `index.md` names its folder.
    /// A date prefix stays in the URL (as in Jekyll's post URLs), so that sessions of one
    /// series named `2026-05-12-seminar.md` and `2026-12-03-seminar.md` do not collide.
    public static func segments(forContentPath path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init).dropFirst()
        guard let last = parts.popLast() else { return [] }
        let name = last.hasSuffix(".md") ? String(last.dropLast(3)) : last
        if name == "index" { return Array(parts) }
        return Array(parts) + [name]
    }

    public static func outputPath(for route: String) -> String {
        route + "index.html"
    }
}
