import Foundation

/// What a Jekyll list page keeps as the introduction of sitegen's list, once its loops are gone
/// and its conditions on `_config.yml` settled: its text, without the scaffolding that held the
/// listing (the Liquid left, HTML comments, and elements left with nothing in them, such as
/// al-folio's `<div class="row">` around its project cards).
struct ListIntroduction {
    private(set) var text: String
    /// How many Liquid tags were left out.
    private(set) var removedTags = 0

    private static var liquid: Regex<Substring> { #/\{%.*?%\}|\{\{.*?\}\}/#.dotMatchesNewlines() }
    private static var comment: Regex<Substring> { #/<!--.*?-->/#.dotMatchesNewlines() }
    private static var emptyElement: Regex<(Substring, Substring)> { #/<([A-Za-z][A-Za-z0-9-]*)\b[^>]*>\s*</\1\s*>/# }

    init(_ body: String) {
        var text = body
        removedTags = text.matches(of: Self.liquid).count
        text = text.replacing(Self.liquid, with: "")
        text = text.replacing(Self.comment, with: "")
        // Innermost first: a wrapper is empty once what it held is gone.
        let emptyElement = Self.emptyElement
        while true {
            let shorter = text.replacing(emptyElement, with: "")
            if shorter == text { break }
            text = shorter
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.allSatisfy(\.isWhitespace) ? "" : String($0) }
        text = lines.joined(separator: "\n").replacingOccurrences(of: #"\n{3,}"#, with: "\n\n", options: .regularExpression)
        let trimmed = text.trimmingCharacters(in: .newlines)
        self.text = trimmed.isEmpty ? "" : trimmed + "\n"
    }
}
