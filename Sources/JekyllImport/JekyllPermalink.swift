import Foundation

/// The URL Jekyll gives a post or collection item: its own `permalink`, else the pattern of its
/// collection (`collections.NAME.permalink`) or of posts (`permalink:` in `_config.yml`), its
/// placeholders resolved.
enum JekyllPermalink {
    /// Jekyll's named patterns.
    static let named: [String: String] = [
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "pretty": "/:categories/:year/:month/:day/:title/",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    ]

    /// The pattern's URL for an item at `path` (`_posts/2024-07-15-field-season.md`) of
    /// `collection` (`posts`), dated `date` (`2024-07-15`, else the file name's), with `categories`.
    static func resolve(_ pattern: String, path: String, collection: String, date: String?, categories: [String]) -> String {
        let stem = LiquidRewriter.stem(of: path)
        let datePrefix = stem.range(of: #"^\d{4}-\d{1,2}-\d{1,2}-"#, options: .regularExpression)
        let title = datePrefix.map { String(stem[$0.upperBound...]) } ?? stem
        let day = (date ?? datePrefix.map { String(stem[$0]) } ?? "").split(whereSeparator: { !$0.isNumber }).prefix(3).map(String.init)
        let folder = path.split(separator: "/").dropFirst().dropLast().joined(separator: "/")
        var url = named[pattern] ?? pattern
        let values: [(String, String)] = [
            (":collection", collection),
            (":path", folder.isEmpty ? stem : "\(folder)/\(stem)"),
            (":categories", categories.map { $0.lowercased() }.joined(separator: "/")),
            (":output_ext", ".html"),
            // The longer placeholders first: :i_month holds :month, :short_year holds :year.
            (":short_year", day.count == 3 ? String(day[0].suffix(2)) : ""),
            (":i_month", day.count == 3 ? String(Int(day[1]) ?? 0) : ""),
            (":i_day", day.count == 3 ? String(Int(day[2]) ?? 0) : ""),
            (":year", day.count == 3 ? day[0] : ""),
            (":month", day.count == 3 ? pad(day[1]) : ""),
            (":day", day.count == 3 ? pad(day[2]) : ""),
            (":title", title), (":slug", title), (":name", title),
        ]
        for (placeholder, value) in values { url = url.replacingOccurrences(of: placeholder, with: value) }
        while url.contains("//") { url = url.replacingOccurrences(of: "//", with: "/") }
        return url
    }

    private static func pad(_ number: String) -> String {
        number.count == 1 ? "0" + number : number
    }
}
