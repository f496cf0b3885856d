import Foundation
import Models

/// All that page summaries may read of the site. A page's summary is reused from the previous
/// build while its page and these are unchanged; `SummaryBuilder` holds these and nothing
/// else of the site, so a summary cannot depend on anything the reuse does not compare.
struct SummaryInputs: Equatable, Sendable {
    /// The path prefix of internal URLs (`/`, `/lab-site/`).
    var basePath: String
    /// The owner's names, as `normalizedName` makes them.
    var ownerNames: Set<String>
    /// Whether `site.yml` describes an author (the home page shows the profile only then).
    var hasAuthor: Bool

    init(basePath: String, ownerNames: Set<String>, hasAuthor: Bool) {
        self.basePath = basePath
        self.ownerNames = ownerNames
        self.hasAuthor = hasAuthor
    }

    init(config: SiteConfig) {
        self.init(
            basePath: config.basePath, ownerNames: Set(config.ownerNames.map(Self.normalizedName)), hasAuthor: config.author != nil)
    }

    func isOwner(_ name: String) -> Bool {
        ownerNames.contains(Self.normalizedName(name))
    }

    /// `Léa  Martin.` and `lea martin` match: case, accents, dots and spacing do not count.
    static func normalizedName(_ name: String) -> String {
        // Most names are ASCII: fold those in Swift, without a trip through NSString.
        let folded = name.utf8.allSatisfy { $0 < 0x80 }
            ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0 == "." || $0.isWhitespace }).joined(separator: " ")
    }
}
