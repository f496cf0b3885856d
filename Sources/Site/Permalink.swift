import Models

/// A URL that front matter gives a page: its own (`permalink:`, with Jekyll's placeholders)
/// or an old one that redirects to it (`redirect_from:`), turned into a route and an output file.
///
/// Jekyll's trailing-slash rule is kept: `/about/` is the folder `about/` (`about/index.html`),
/// `/cv.html` is that file exactly, and `/about`, which GitHub Pages serves from
/// `about/index.html` too, is written there and linked as `/about/`.
public enum Permalink {
    /// What the placeholders of a page's permalink stand for.
    public struct Values: Sendable {
        /// The page's date, for `:year`, `:month` and `:day`.
        public var date: ContentDate?
        /// The file's slug (its name without date prefix, or its `slug:`), for `:title` and `:slug`.
        public var slug: String
        /// Jekyll's `categories`, joined by `/` for `:categories`.
        public var categories: [String]

        public init(date: ContentDate?, slug: String, categories: [String]) {
            self.date = date
            self.slug = slug
            self.categories = categories
        }
    }

    /// Where a permalink puts a page: its route (`about/`, `cv.html`, empty for the home page)
    /// and the file written (`about/index.html`, `cv.html`).
    public struct Place: Sendable, Equatable {
        public var route: String
        public var outputPath: String
    }

    /// Why a permalink cannot be a URL of the site, as a sentence about `key` (`permalink`).
    public struct Problem: Error, Equatable {
        public var message: String
    }

    /// The placeholders a permalink may hold, in the order the help lists them.
    public static let placeholders = ["year", "month", "day", "title", "slug", "categories"]

    /// Resolves `path`'s placeholders with `values` (a redirect's path has none: `values` nil)
    /// and applies the trailing-slash rule; `key` names the front-matter key in messages.
    public static func place(of path: String, key: String, values: Values?) -> Result<Place, Problem> {
        let shown = "\(key) '\(path)'"
        guard path.hasPrefix("/"), !path.hasPrefix("//") else {
            return .failure(Problem(message: "\(shown) must be a path of this site starting with '/' (such as /about/), without a scheme or host"))
        }
        let resolved: String
        switch substitute(in: path, shown: shown, values: values) {
        case .success(let text): resolved = text
        case .failure(let problem): return .failure(problem)
        }
        let segments = Route.components(of: resolved)
        if let bad = segments.first(where: { !Route.isValidSlug($0) }) {
            let reason = bad == ".." ? "would lead out of the site" : "cannot be part of a URL"
            return .failure(Problem(message: "the segment '\(bad)' of \(shown) \(reason): use segments without '.', '..', \\ ? # % \" < > | * : or control characters"))
        }
        guard let last = segments.last else { return .success(Place(route: "", outputPath: "index.html")) }
        let joined = segments.joined(separator: "/")
        if resolved.hasSuffix("/") || !last.contains(".") {
            return .success(Place(route: joined + "/", outputPath: Route.outputPath(for: joined + "/")))
        }
        guard last.hasSuffix(".html"), last != ".html" else {
            return .failure(Problem(message: "\(shown) names a file that is not a page: end it with '/' or '.html'"))
        }
        return .success(Place(route: joined, outputPath: joined))
    }

    /// `path` with each `:name` replaced by its value.
    private static func substitute(in path: String, shown: String, values: Values?) -> Result<String, Problem> {
        guard path.contains(":") else { return .success(path) }
        guard let values else {
            return .failure(Problem(message: "\(shown) holds ':'; placeholders are resolved only in 'permalink', and ':' cannot be part of a URL"))
        }
        var result = ""
        var rest = Substring(path)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let afterColon = rest.index(after: colon)
            let nameEnd = rest[afterColon...].firstIndex { !($0.isASCII && ($0.isLetter || $0 == "_")) } ?? rest.endIndex
            let name = String(rest[afterColon..<nameEnd])
            guard let value = value(of: name, in: values, shown: shown) else {
                let known = placeholders.map { ":" + $0 }.joined(separator: " ")
                return .failure(Problem(message: "\(shown) holds ':\(name)', which is not a placeholder sitegen knows (\(known))"))
            }
            switch value {
            case .success(let text): result += text
            case .failure(let problem): return .failure(problem)
            }
            rest = rest[nameEnd...]
        }
        result += rest
        return .success(collapsingSlashes(result))
    }

    /// A placeholder's text; nil for a name that is not a placeholder.
    private static func value(of name: String, in values: Values, shown: String) -> Result<String, Problem>? {
        switch name {
        case "year", "month", "day":
            guard let date = values.date else {
                return .failure(Problem(message: "\(shown) uses ':\(name)', but the page has no date; give it a 'date'"))
            }
            let number = name == "year" ? date.year : name == "month" ? date.month : date.day
            return .success(name == "year" ? String(number) : twoDigits(number))
        case "title", "slug":
            return .success(values.slug)
        case "categories":
            var seen: Set<String> = []
            let names = values.categories.map { $0.lowercased() }.filter { seen.insert($0).inserted }
            return .success(names.joined(separator: "/"))
        default:
            return nil
        }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }

    /// `/a//b/` → `/a/b/`: an empty `:categories` leaves no empty segment, as in Jekyll.
    private static func collapsingSlashes(_ path: String) -> String {
        var result = ""
        for character in path where !(character == "/" && result.hasSuffix("/")) { result.append(character) }
        return result
    }
}
