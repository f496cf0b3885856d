import Links
import Models
import TeXMath

/// All that page summaries may read of the site. A page's summary is reused from the previous
/// build while its page and these are unchanged; `SummaryBuilder` holds these and nothing
/// else of the site, so a summary cannot depend on anything the reuse does not compare.
struct SummaryInputs: Equatable, Sendable {
    /// The path prefix of internal URLs (`/`, `/lab-site/`).
    var basePath: String
    /// The owner's names (`owner_names`), each the value of its own entry.
    var owners: PersonNameMatcher<String>
    /// Co-authors' pages (`coauthors`), as URLs with the base path.
    var coauthors: PersonNameMatcher<String>
    /// How author names are shown.
    var nameStyle: PublicationSettings.NameStyle
    /// The site's `max_authors`.
    var maxAuthors: Int?
    /// Whether `site.yml` describes an author (the home page shows the profile only then).
    var hasAuthor: Bool
    /// Whether `base_url` has a host, so that seminar sessions have calendar files to link to.
    var hasCalendars = false
    /// What pages' `<head>` tags and JSON-LD read of the site.
    var head = HeadInputs()
    /// `math_macros`, known to the formulas of titles, venues and abstracts.
    var mathMacros = MathMacros.none

    init(
        basePath: String, ownerNames: [String], hasAuthor: Bool, coauthors: [LabeledLink] = [],
        nameStyle: PublicationSettings.NameStyle = .firstLast, maxAuthors: Int? = nil
    ) {
        self.basePath = basePath
        owners = PersonNameMatcher(ownerNames.map { ($0, $0) })
        self.coauthors = PersonNameMatcher(coauthors.map { ($0.label, LinkPolicy.resolve($0.url.value, basePath: basePath)) })
        self.nameStyle = nameStyle
        self.maxAuthors = maxAuthors
        self.hasAuthor = hasAuthor
    }

    init(config: SiteConfig) {
        let settings = config.publications
        self.init(
            basePath: config.basePath, ownerNames: config.ownerNames, hasAuthor: config.author != nil,
            coauthors: settings.coauthors, nameStyle: settings.nameStyle, maxAuthors: settings.maxAuthors)
        hasCalendars = config.origin != nil
        head = HeadInputs(config: config)
        mathMacros = config.mathMacros
    }

    func isOwner(_ author: PublicationAuthor) -> Bool {
        !author.isOthers && owners.value(for: author) != nil
    }
}
