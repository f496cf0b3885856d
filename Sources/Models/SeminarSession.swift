import YAML

/// A seminar session: when and where, and its talks.
public struct SeminarSession: Sendable, Hashable {
    public struct Talk: Sendable, Hashable {
        public var title: String
        public var speaker: String
        public var speakerURL: WebURL?
        public var affiliation: String?
        public var time: TimeRange?
        public var abstract: String?
        /// `cancelled: true`: this talk will not be given, though the session takes place.
        public var cancelled = false
        /// `online:`: where to join this talk on line, a full `https://` URL.
        public var online: WebURL?
    }

    /// nil when neither the front matter nor the file name gives one: "date to be announced".
    public var date: ContentDate?
    public var time: TimeRange?
    public var location: String?
    public var series: String?
    public var talks: [Talk]
    /// `cancelled: true`: the whole session will not take place.
    public var cancelled = false
    /// `online:`: where to join the session on line, a full `https://` URL; a session may be both
    /// in a room (`location`) and on line.
    public var online: WebURL?

    /// Whether `talk` will not be given: it is cancelled, or its session is.
    public func isCancelled(_ talk: Talk) -> Bool { cancelled || talk.cancelled }

    static func decode(_ reader: inout YAMLObjectReader, page: PageFrontMatter, context: PageContext) -> SeminarSession? {
        let decoder = reader.decoder
        var session = SeminarSession(
            date: page.date ?? context.fileDate, time: reader.optional("time"), location: reader.optional("location"),
            series: reader.optional("series"), talks: [], cancelled: reader.optional("cancelled") ?? false,
            online: onlineURL(&reader))
        var failed = false
        if let talksNode = reader.node("talks") {
            let items = talksNode.sequence ?? [talksNode]
            for item in items {
                if let talk = decodeTalk(item, decoder: decoder) { session.talks.append(talk) } else { failed = true }
            }
        }
        let flat = FlatSeminarForm.read(&reader)
        session.talks += flat.talks
        failed = failed || flat.failed
        if session.talks.isEmpty, !failed {
            decoder.report(.error, "a seminar session needs 'talks': a list of {title, speaker, …}", at: context.missingKeyMark)
            return nil
        }
        if session.date == nil {
            decoder.report(.warning, "this seminar session has no 'date': it is listed as 'date to be announced'", at: context.missingKeyMark)
        }
        return failed ? nil : session
    }

    /// Where a mapping shows that it is a seminar session: its `talks:` key, else its first key
    /// of the flat form (`first_seminar_title`, …); nil when it shows neither.
    public static func shapeKey(in pairs: [YAMLPair]) -> (key: String, mark: YAMLMark)? {
        let keys = pairs.compactMap { pair in pair.key.scalar.map { (key: $0.text, mark: pair.key.mark) } }
        return keys.first { $0.key == "talks" } ?? keys.first { FlatSeminarForm.isFlatKey($0.key) }
    }

    static func decodeTalk(_ node: YAMLNode, decoder: YAMLDecoder) -> Talk? {
        guard var reader = decoder.object(node, describing: "a talk") else { return nil }
        let title = reader.required("title", as: String.self, in: "a talk", missingAt: node.mark)
        let speaker = reader.required("speaker", as: ExactText.self, in: "a talk", missingAt: node.mark)?.text
        let talk = Talk(
            title: title ?? "", speaker: speaker ?? "", speakerURL: reader.optional("speaker_url"),
            affiliation: reader.optional("affiliation"), time: reader.optional("time"), abstract: reader.optional("abstract"),
            cancelled: reader.optional("cancelled") ?? false, online: onlineURL(&reader))
        _ = reader.unknownPairs(warnAbout: "a talk")
        return title == nil || speaker == nil ? nil : talk
    }

    /// The `online` key (or `PREFIX_online` of the flat form): a URL to join, which must be a
    /// full `http(s)://` URL since calendars and feeds read it away from the site.
    static func onlineURL(_ reader: inout YAMLObjectReader, key: String = "online") -> WebURL? {
        guard let node = reader.node(key), let url = WebURL(yaml: node, decoder: reader.decoder) else { return nil }
        let lowered = url.value.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
            reader.decoder.error("'\(key)' is where to join on line: give a full URL such as https://meet.example.org/seminar, found '\(url.value)'", at: node)
            return nil
        }
        return url
    }
}
