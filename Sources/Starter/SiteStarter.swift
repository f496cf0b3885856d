import Foundation
import Models

/// What `sitegen new` writes: a small site that builds without a warning on any build date,
/// filled with the owner's answers. Pure: the same answers and day give the same files.
public struct SiteStarter: Sendable {
    /// The site's `title`.
    public var title: String
    /// The owner's name: `author.name`, and an author of the sample publication.
    public var author: String
    /// `base_url`; a full URL, so that feeds, calendars and the sitemap are made.
    public var baseURL: String
    /// The day the site is made: the sample news item, seminar session and job offer are dated from it.
    public var today: ContentDate

    /// The author's name when none is given.
    public static let defaultAuthor = "Your Name"
    /// The base URL when none is given; the GitHub Pages workflow passes the real one.
    public static let defaultBaseURL = "https://example.org/"

    /// The starter for these answers (checked with `problem(withName:describing:)` and
    /// `problem(withBaseURL:)`), made on `today`.
    public init(title: String, author: String, baseURL: String, today: ContentDate) {
        self.title = title
        self.author = author
        self.baseURL = baseURL
        self.today = today
    }

    /// The title when none is given: the name of the site's folder.
    public static func defaultTitle(forFolder folder: URL) -> String {
        let name = folder.standardizedFileURL.lastPathComponent
        return name.isEmpty || name == "/" ? "My site" : name
    }

    /// Why `value` cannot be the new site's base URL, or nil when it can: a site without a
    /// host would build with a warning (no sitemap, feeds or calendars).
    public static func problem(withBaseURL value: String) -> String? {
        guard let split = SiteConfig.splitBaseURL(value) else {
            return "'\(value)' is not a base URL: give a full URL such as https://you.github.io/ or https://you.github.io/site/"
        }
        guard split.origin != nil else {
            return "'\(value)' has no host: give a full URL such as https://you.github.io\(split.basePath), so that feeds and calendars can be made"
        }
        return nil
    }

    /// Why `value` cannot be the title or the author's name, or nil when it can.
    public static func problem(withName value: String, describing what: String) -> String? {
        value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "the \(what) must not be empty" : nil
    }

    /// The files of the new site, in the order they are reported.
    public var files: [StarterFile] {
        let content = StarterContent(starter: self)
        return [
            StarterFile(path: "site.yml", contents: SiteConfigTemplate.text(for: self)),
            StarterFile(path: "content/index.md", contents: content.homePage),
            StarterFile(path: "content/news/\(today.isoDate)-new-site.md", contents: content.newsItem),
            StarterFile(path: "content/publications.bib", contents: content.bibliography),
            StarterFile(path: "content/seminars/\(seminarDay.isoDate)-first-session.md", contents: content.seminarSession),
            StarterFile(path: "content/jobs/phd-position.md", contents: content.jobOffer),
            StarterFile(path: ".gitignore", contents: "# What sitegen build writes\n_site/\n._site.sitegen-*\n# The external links that sitegen check --external asked\n.sitegen-cache/\n"),
            StarterFile(path: "README.md", contents: OwnerReadmeTemplate.text(for: self)),
            StarterFile(path: ".github/workflows/pages.yml", contents: PagesWorkflowTemplate.text),
        ]
    }

    /// The sample seminar session: four weeks after `today`.
    var seminarDay: ContentDate { today.adding(days: 28) }
    /// The sample job offer's deadline: thirteen weeks after `today`.
    var deadline: ContentDate { today.adding(days: 91) }
}

extension ContentDate {
    /// The day `days` after this one (the time of day is dropped).
    func adding(days: Int) -> ContentDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
        let later = calendar.date(byAdding: .day, value: days, to: start) ?? start
        let parts = calendar.dateComponents([.year, .month, .day], from: later)
        return ContentDate(year: parts.year ?? year, month: parts.month ?? month, day: parts.day ?? day)
    }
}
