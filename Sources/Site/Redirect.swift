/// A page written at a page's old URL (`redirect_from:`) that sends readers to its new one.
public struct Redirect: Sendable, Equatable {
    /// The old URL's route (`old/`, `old.html`), below the base path.
    public var route: String
    /// Where the redirect page is written (`old/index.html`, `old.html`).
    public var outputPath: String
    /// The route of the page it sends readers to.
    public var target: String

    public init(route: String, outputPath: String, target: String) {
        self.route = route
        self.outputPath = outputPath
        self.target = target
    }
}
