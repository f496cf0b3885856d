import Foundation
import YAML

/// A time of day or a range, as seminar programmes write them: `14:00`, `10:00 - 11:00`, `9h30–10h15`.
public struct TimeRange: Sendable, Hashable, YAMLDecodable {
    public var start: String
    public var end: String?

    public init(start: String, end: String? = nil) {
        self.start = start
        self.end = end
    }

    public init?(parsing text: String) {
        let separators: Set<Character> = ["-", "–", "—"]
        let parts = text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let start = Self.clock(parts[0]) else { return nil }
        self.start = start
        if parts.count == 2 {
            guard let end = Self.clock(parts[1]) else { return nil }
            self.end = end
        }
    }

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard let text = String(yaml: node, decoder: decoder) else { return nil }
        guard let range = TimeRange(parsing: text) else {
            decoder.error("expected a time such as 14:00 or a range such as 10:00 - 11:00, found '\(text)'", at: node)
            return nil
        }
        self = range
    }

    /// `HH:MM` from `9:30`, `09:30`, `9h30`, `9h`.
    static func clock(_ text: String) -> String? {
        let parts = text.lowercased().split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "." })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0..<24).contains(hour) else { return nil }
        let minuteText = parts.count == 2 && !parts[1].isEmpty ? parts[1] : "00"
        guard minuteText.count == 2, let minute = Int(minuteText), (0..<60).contains(minute) else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + minuteText
    }

    public var display: String { end.map { "\(start)–\($0)" } ?? start }
}
