import YAML

/// The typed model of a page, by kind.
public enum PageModel: Sendable, Hashable {
    case home(HomePage)
    case news(NewsItem)
    case publication(Publication)
    /// A Markdown publication with `bibkey:`: merged into that `.bib` entry's page at assembly.
    case publicationEnrichment(PublicationEnrichment)
    case seminar(SeminarSession)
    case talk(GivenTalk)
    case phdProject(PhDProject)
    case job(JobOffer)
    case page

    /// The model of a page of `kind`; `marks` gets the positions of the values a later stage
    /// checks (a banner, a preview image).
    static func decode(
        _ kind: PageKind, reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext, marks: inout [String: YAMLMark]
    ) -> PageModel? {
        switch kind {
        case .home: return .home(HomePage.decode(&reader, marks: &marks))
        case .news: return NewsItem.decode(&reader, page: page, context: context).map(PageModel.news)
        case .publication:
            if reader.pairs.contains(where: { $0.key.scalar?.text == "bibkey" }) {
                return PublicationEnrichment.decode(&reader, marks: &marks).map(PageModel.publicationEnrichment)
            }
            return Publication.decode(&reader, page: page, context: context).map(PageModel.publication)
        case .seminar: return SeminarSession.decode(&reader, page: page, context: context).map(PageModel.seminar)
        case .talk: return GivenTalk.decode(&reader, page: page, context: context).map(PageModel.talk)
        case .phdProject: return .phdProject(PhDProject.decode(&reader))
        case .job: return .job(JobOffer.decode(&reader))
        case .page: return .page
        }
    }

    /// Whether the page only adds to another page (a publication with `bibkey:`), and so needs
    /// no title of its own.
    public var isEnrichment: Bool {
        if case .publicationEnrichment = self { return true }
        return false
    }

    /// Kinds whose models take a year alone as the date (`date: 2023`): a paper is of a year, and
    /// a CV often gives no more of an old talk.
    public static func acceptsYearAlone(_ kind: PageKind) -> Bool {
        kind == .publication || kind == .talk
    }

    /// Kinds whose pages must have a title (from front matter, a first heading or a first line).
    public static func requiresTitle(_ kind: PageKind) -> Bool {
        [.publication, .talk, .phdProject, .job].contains(kind)
    }
}
