import YAML

/// The typed model of a page, by kind.
public enum PageModel: Sendable, Hashable {
    case home(HomePage)
    case news(NewsItem)
    case publication(Publication)
    case seminar(SeminarSession)
    case phdProject(PhDProject)
    case job(JobOffer)
    case page

    static func decode(_ kind: PageKind, reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext) -> PageModel? {
        switch kind {
        case .home: return .home(HomePage.decode(&reader))
        case .news: return NewsItem.decode(&reader, page: page, context: context).map(PageModel.news)
        case .publication: return Publication.decode(&reader, page: page, context: context).map(PageModel.publication)
        case .seminar: return SeminarSession.decode(&reader, page: page, context: context).map(PageModel.seminar)
        case .phdProject: return .phdProject(PhDProject.decode(&reader))
        case .job: return .job(JobOffer.decode(&reader))
        case .page: return .page
        }
    }

    /// Kinds whose pages must have a title (from front matter, a first heading or a first line).
    public static func requiresTitle(_ kind: PageKind) -> Bool {
        [.publication, .phdProject, .job].contains(kind)
    }
}
