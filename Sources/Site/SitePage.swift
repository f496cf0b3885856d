import Markdown
import Models
import Parse

/// A page of the assembled site: where it is written and everything its template shows.
public struct SitePage: Sendable, Identifiable {
    /// The page's source file and entry, or for a page sitegen makes itself (a section list,
    /// the 404 page) its output path: what names the page across builds.
    public var id: PageID
    public var kind: PageKind
    public var title: String
    public var date: ContentDate?
    /// The page's path below the base path, ending in `/` (`news/a/`); empty for the home page.
    public var route: String
    /// Where the page is written in the output folder (`news/a/index.html`).
    public var outputPath: String
    /// Front matter and body, shared with the parsed page (empty for generated pages).
    public var content: PageContent
    /// The first-level folder under `content/` that holds the page, if any (`news`).
    public var section: String?
    /// For section list pages: the pages listed, as indexes into `Site.pages`, in display order.
    public var listedPages: [Int]
    public var role: Role
    /// Upcoming or past for a seminar session, open or closed for a job offer, on the build day;
    /// nil for other pages.
    public var timeStatus: TimeStatus?
    /// Positions of the page's start and of some front-matter keys (`file`, `slug`, `template`).
    public var anchors: [String: SourceAnchor] = [:]

    /// `content/news/a.md`, or nil for pages sitegen makes itself (a section list, the 404 page).
    public var sourcePath: String? { id.sourcePath }
    public var body: MarkdownDocument { content.body }
    public var frontMatter: PageFrontMatter { content.frontMatter }

    /// Whether this page is `earlier` unchanged: the same parsed content (the same object, as
    /// a rebuild keeps it for a file whose bytes did not change) and the same everything else
    /// but its anchors (where it is in its file, which no view shows). What was made of
    /// `earlier` alone (its summary, its view) may then be reused.
    public func isUnchanged(from earlier: SitePage) -> Bool {
        content === earlier.content && id == earlier.id && kind == earlier.kind && title == earlier.title
            && date == earlier.date && route == earlier.route && outputPath == earlier.outputPath && section == earlier.section
            && listedPages == earlier.listedPages && role == earlier.role && timeStatus == earlier.timeStatus
    }

    public enum Role: Sendable, Hashable {
        case content
        /// Shown whole in lists, with no page of its own (a news item without a title).
        case listedOnly
        case sectionList
        case notFound
    }
}
