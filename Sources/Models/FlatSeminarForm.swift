import Foundation
import YAML

/// Reads talks written as flat keys, as some Jekyll seminar sites do:
/// `first_seminar_title`, `first_seminar_speaker`, `second_seminar_time`, … — in ordinal order,
/// whatever the order of the keys.
enum FlatSeminarForm {
    static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    static let fields = ["title", "speaker", "speaker_url", "affiliation", "time", "abstract", "cancelled", "online"]

    /// Whether `key` is one of the form's keys: `first_seminar_title`, `tenth_seminar_time`, ….
    static func isFlatKey(_ key: String) -> Bool {
        ordinals.contains { key.hasPrefix("\($0)_seminar_") }
    }

    static func read(_ reader: inout YAMLObjectReader) -> (talks: [SeminarSession.Talk], failed: Bool) {
        var talks: [SeminarSession.Talk] = []
        var failed = false
        for ordinal in ordinals {
            let prefix = "\(ordinal)_seminar_"
            guard let first = reader.pairs.first(where: { $0.key.scalar?.text.hasPrefix(prefix) == true }) else { continue }
            let missingAt = first.key.mark
            let title = reader.required(prefix + "title", as: String.self, in: "the \(ordinal) talk", missingAt: missingAt)
            let speaker = reader.required(prefix + "speaker", as: ExactText.self, in: "the \(ordinal) talk", missingAt: missingAt)?.text
            let talk = SeminarSession.Talk(
                title: title ?? "", speaker: (speaker ?? "").trimmingCharacters(in: .whitespaces),
                speakerURL: reader.optional(prefix + "speaker_url"), affiliation: reader.optional(prefix + "affiliation"),
                time: reader.optional(prefix + "time"), abstract: reader.optional(prefix + "abstract"),
                cancelled: reader.optional(prefix + "cancelled") ?? false,
                online: SeminarSession.onlineURL(&reader, key: prefix + "online"))
            if title == nil || speaker == nil { failed = true } else { talks.append(talk) }
        }
        return (talks, failed)
    }
}
