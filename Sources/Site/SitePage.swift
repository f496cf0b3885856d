import Markdown
import Models
import Parse

/// A page of the assembled site: where it is written and everything its template shows.
///
/// Its fields are kept in one shared box, copied only when a copy is changed: pages are
/// copied, filtered and sorted many times per build (thousands for a large bibliography), and
/// a copy then costs one reference rather than one for each string, array and object inside.
public struct SitePage: Sendable, Identifiable {
    private final class Box: @unchecked Sendable {
        var id: PageID
        var kind: PageKind
        var title: String
        var date: ContentDate?
        var route: String
        var outputPath: String
        var section: String?
        var listedPages: [Int]
        var role: Role
        var timeStatus: TimeStatus?
        var anchors: [String: SourceAnchor]

        init(
            id: PageID,
            kind: PageKind,
            title: String,
            date: ContentDate?,
            route: String,
            outputPath: String,
            section: String?,
            listedPages: [Int],
            role: Role,
            timeStatus: TimeStatus?,
            anchors: [String: SourceAnchor]
        ) {
            self.id = id
            self.kind = kind
            self.title = title
            self.date = date
            self.route = route
            self.outputPath = outputPath
            self.section = section
            self.listedPages = listedPages
            self.role = role
            self.timeStatus = timeStatus
            self.anchors = anchors
        }

        func copy() -> Box {
            Box(
                id: id,
                kind: kind,
                title: title,
                date: date,
                route: route,
                outputPath: outputPath,
                section: section,
                listedPages: listedPages,
                role: role,
                timeStatus: timeStatus,
                anchors: anchors
            )
        }
    }

    // Never changed while shared: every setter copies a shared box first.
    private var box: Box

    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        return box
    }

    public init(
        id: PageID, kind: PageKind, title: String, date: ContentDate?, route: String, outputPath: String, content: PageContent,
        section: String?, listedPages: [Int], role: Role, timeStatus: TimeStatus? = nil, anchors: [String: SourceAnchor] = [:]
    ) {
        self.content = content
        box = Box(
            id: id, kind: kind, title: title, date: date, route: route, outputPath: outputPath, section: section,
            listedPages: listedPages, role: role, timeStatus: timeStatus, anchors: anchors)
    }

    /// The page's source file and entry, or for a page sitegen makes itself (a section list,
    /// the 404 page) its output path: what names the page across builds.
    public var id: PageID {
        get { box.id }
        set { unique().id = newValue }
    }

    public var kind: PageKind {
        get { box.kind }
        set { unique().kind = newValue }
    }

    public var title: String {
        get { box.title }
        set { unique().title = newValue }
    }

    public var date: ContentDate? {
        get { box.date }
        set { unique().date = newValue }
    }

    /// The page's path below the base path, ending in `/` (`news/a/`); empty for the home page.
    public var route: String {
        get { box.route }
        set { unique().route = newValue }
    }

    /// Where the page is written in the output folder (`news/a/index.html`).
    public var outputPath: String {
        get { box.outputPath }
        set { unique().outputPath = newValue }
    }

    /// Front matter and body, shared with the parsed page (empty for generated pages); kept
    /// outside the box so that reading one field of the front matter copies nothing else.
    public var content: PageContent

    /// The first-level folder under `content/` that holds the page, if any (`news`).
    public var section: String? {
        get { box.section }
        set { unique().section = newValue }
    }

    /// For section list pages: the pages listed, as indexes into `Site.pages`, in display order.
    public var listedPages: [Int] {
        get { box.listedPages }
        set { unique().listedPages = newValue }
    }

    public var role: Role {
        get { box.role }
        set { unique().role = newValue }
    }

    /// Upcoming or past for a seminar session, open or closed for a job offer, on the build day;
    /// nil for other pages.
    public var timeStatus: TimeStatus? {
        get { box.timeStatus }
        set { unique().timeStatus = newValue }
    }

    /// Positions of the page's start and of some front-matter keys (`file`, `slug`, `template`).
    public var anchors: [String: SourceAnchor] {
        get { box.anchors }
        set { unique().anchors = newValue }
    }

    /// `content/news/a.md`, or nil for pages sitegen makes itself (a section list, the 404 page).
    public var sourcePath: String? { id.sourcePath }
    @inlinable public var body: MarkdownDocument { content.body }
    @inlinable public var frontMatter: PageFrontMatter { content.frontMatter }

    /// Whether every field but the anchors and the content is `earlier`'s.
    private func hasSameFields(as earlier: SitePage) -> Bool {
        id == earlier.id && kind == earlier.kind && title == earlier.title && date == earlier.date && route == earlier.route
            && outputPath == earlier.outputPath && section == earlier.section && listedPages == earlier.listedPages
            && role == earlier.role && timeStatus == earlier.timeStatus
    }

    /// Whether this page is `earlier` unchanged: the same parsed content (the same object, as
    /// a rebuild keeps it for a file whose bytes did not change) and the same everything else
    /// but its anchors (where it is in its file, which no view shows). What was made of
    /// `earlier` alone (its summary, its view) may then be reused.
    public func isUnchanged(from earlier: SitePage) -> Bool {
        content === earlier.content && hasSameFields(as: earlier)
    }

    /// Whether a list shows this page as it showed `earlier`, given the same summary: every
    /// field but the anchors is the same, and so is the model (what a list sorts, groups and
    /// splits its pages by). The body may differ: lists show it only through the summary.
    public func isListedAsBefore(_ earlier: SitePage) -> Bool {
        hasSameFields(as: earlier) && (content === earlier.content || frontMatter.model == earlier.frontMatter.model)
    }

    /// Whether assembly places, sorts, lists and checks this page as it did `earlier`: it is
    /// listed as before, and its anchors are the same, with their lines' texts, so the redirects
    /// too (`SiteAssembler.reassemble`).
    public func assemblesAs(_ earlier: SitePage) -> Bool {
        isListedAsBefore(earlier) && anchors == earlier.anchors
    }

    /// Whether this is `other` itself, not only an equal page: the same stored fields and content.
    public func isIdentical(to other: SitePage) -> Bool {
        box === other.box && content === other.content
    }

    public enum Role: Sendable, Hashable {
        case content
        /// Shown whole in lists, with no page of its own (a news item without a title).
        case listedOnly
        case sectionList
        case notFound
    }
}
