import YAML

/// A news item: a date and a body; with a title it also gets a page of its own, without one it
/// shows inline in lists, like the dated bullets of a researcher's home page.
public struct NewsItem: Sendable, Hashable {
    public var date: ContentDate

    static func decode(_ reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext) -> NewsItem? {
        guard let date = page.date ?? context.fileDate else {
            if !page.writesDate {
                reader.decoder.report(.error, "a news item needs a 'date' (or a file name starting with YYYY-MM-DD-)", at: context.missingKeyMark)
            }
            return nil
        }
        return NewsItem(date: date)
    }
}
