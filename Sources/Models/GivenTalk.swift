import YAML

/// A talk the researcher gave (or will give): at an event, on a day, perhaps with slides and a
/// video. Not a seminar session, which the researcher organises for other speakers.
///
/// Read from `content/talks/` with academicpages' and Hugo Blox's keys as well as sitegen's own:
/// Jekyll's `venue` names the event and academicpages' `talk_type` its type, Hugo Blox's
/// `url_slides` and `url_video` the files.
public struct GivenTalk: Sendable, Hashable {
    /// The kinds of talk a CV lists, as `type:` writes them; any other text is kept as written.
    public static let knownTypes = ["talk", "invited talk", "keynote", "poster", "tutorial", "lecture", "panel"]

    /// The day of the talk; 1 January when only its year is known.
    public var date: ContentDate
    /// Whether only the year is known (`date: 2019`): pages show the year, not a day.
    public var isYearOnly = false
    /// The conference, workshop or seminar where the talk was given (`event`, or `venue`).
    public var event: String?
    public var eventURL: WebURL?
    public var location: String?
    /// `type:` (or `talk_type:`) as written: one of `knownTypes` in any case, or free text.
    public var type: String?
    public var slides: WebURL?
    public var video: WebURL?
    public var abstract: String?
    /// The people the talk's work is shared with, not counting the researcher.
    public var coauthors: [PublicationAuthor]

    /// The type as a label: a known type with a capital first letter (`invited talk` →
    /// `Invited talk`), free text as written.
    public var typeLabel: String? {
        guard let type else { return nil }
        guard Self.knownTypes.contains(type.lowercased()) else { return type }
        let lowered = type.lowercased()
        return lowered.prefix(1).uppercased() + lowered.dropFirst()
    }

    static func decode(_ reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext) -> GivenTalk? {
        // Every key is read before the date is judged, so that one build reports all mistakes.
        let event: String? = reader.optional("event")
        let venue: String? = reader.optional("venue")
        let eventURL: WebURL? = reader.optional("event_url")
        let location: String? = reader.optional("location")
        let type: String? = reader.optional("type")
        let talkType: String? = reader.optional("talk_type")
        let slides: WebURL? = reader.optional("slides")
        let slidesAlias: WebURL? = reader.optional("url_slides")
        let video: WebURL? = reader.optional("video")
        let videoAlias: WebURL? = reader.optional("url_video")
        let abstract: String? = reader.optional("abstract")
        let coauthors = reader.optional("coauthors", as: NameList.self)?.names ?? []
        let date: ContentDate
        if let year = page.yearAlone {
            date = ContentDate(year: year, month: 1, day: 1)
        } else if let known = page.date ?? context.fileDate {
            date = known
        } else {
            // A date that is not one has its error at the value already.
            if !page.writesDate {
                reader.decoder.report(.error, "a talk needs a 'date' (or a file name starting with YYYY-MM-DD-)", at: context.missingKeyMark)
            }
            return nil
        }
        var talk = GivenTalk(
            date: date, event: event ?? venue, eventURL: eventURL, location: location, type: type ?? talkType,
            slides: slides ?? slidesAlias, video: video ?? videoAlias, abstract: abstract,
            coauthors: coauthors.map(PublicationAuthor.init(writtenName:)))
        talk.isYearOnly = page.yearAlone != nil
        return talk
    }
}
