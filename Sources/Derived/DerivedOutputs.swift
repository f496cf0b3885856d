/// Every derived output a build makes, in the order they run. A new one is added here.
public enum DerivedOutputs {
    public static let all: [any DerivedOutput] = [
        Sitemap(),
        RobotsFile(),
        NewsFeed(),
        PublicationFeed(),
        SeminarFeed(),
        SeminarCalendars(),
        RedirectPages(),
    ]
}
