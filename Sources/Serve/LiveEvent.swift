/// A message to the browsers that show the site, sent as a Server-Sent Event.
enum LiveEvent: Sendable, Equatable {
    /// The first message on every connection: the version now served.
    case hello(version: Int)
    /// The site changed: reload the page.
    case reload(version: Int)
    /// Only stylesheets changed: swap them without reloading.
    case stylesheets(version: Int)
    /// Keeps idle connections known to be alive.
    case ping

    /// The event in the `text/event-stream` format.
    var encoded: String {
        switch self {
        case .hello(let version): return "retry: 500\nevent: hello\ndata: \(version)\n\n"
        case .reload(let version): return "event: reload\ndata: \(version)\n\n"
        case .stylesheets(let version): return "event: css\ndata: \(version)\n\n"
        case .ping: return ": ping\n\n"
        }
    }
}
