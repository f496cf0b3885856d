import Models

/// The whole site, ready to render: configuration, every page, and the date it was built for.
public struct Site: Sendable {
    public var config: SiteConfig
    public var pages: [SitePage]
    /// The day the site is built for (`--now`, `SOURCE_DATE_EPOCH`, or today): decides what is
    /// upcoming and what is past, so that builds are reproducible.
    public var buildDate: ContentDate
    /// Files written beside pages (a paper's `KEY.bib` and copied PDF), by output path.
    public var attachments: [PageAttachment]
    /// Pages written at old URLs (`redirect_from:`), each sending readers to its page's route.
    public var redirects: [Redirect]

    public init(
        config: SiteConfig, pages: [SitePage], buildDate: ContentDate, attachments: [PageAttachment] = [], redirects: [Redirect] = []
    ) {
        self.config = config
        self.pages = pages
        self.buildDate = buildDate
        self.attachments = attachments
        self.redirects = redirects
    }

    /// The build date cut to its day: what every rule about time is decided against.
    public var buildDay: BuildDay { BuildDay(buildDate) }

    public func pages(ofKind kind: PageKind) -> [SitePage] {
        pages.filter { $0.kind == kind && ($0.role == .content || $0.role == .listedOnly) }
    }
}
