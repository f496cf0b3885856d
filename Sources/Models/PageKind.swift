import Foundation

/// What a content file is, which decides its model, its template and the list it appears in.
public enum PageKind: String, Sendable, Hashable, CaseIterable {
    case home
    case news
    case publication
    case seminar
    /// A talk the researcher gave (`talks/`), not a session they organised.
    case talk
    case phdProject = "phd-project"
    case job
    case page

    /// How messages name the kind: "a publication needs …".
    public var displayName: String {
        switch self {
        case .home: return "home page"
        case .news: return "news item"
        case .publication: return "publication"
        case .seminar: return "seminar session"
        case .talk: return "talk"
        case .phdProject: return "PhD project"
        case .job: return "job offer"
        case .page: return "page"
        }
    }

    /// The kind for a section folder, a `kind:` value, or Jekyll's `layout:`/`category:` value.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "home", "index": self = .home
        case "news", "news-item", "post", "posts": self = .news
        case "publication", "publications", "paper", "papers": self = .publication
        case "seminar", "seminars": self = .seminar
        case "talk", "talks": self = .talk
        case "phd-project", "phd", "phdproject", "thesis-project": self = .phdProject
        case "job", "jobs", "job-offer", "position", "positions", "vacancy": self = .job
        case "page", "pages": self = .page
        default: return nil
        }
    }
}
