/// Reads the keys of one mapping, remembering which keys the model asked for, so that the
/// rest can be kept as `extra` and checked for typos of known keys.
public struct YAMLObjectReader {
    public let pairs: [YAMLPair]
    public let decoder: YAMLDecoder
    private var knownKeys: [String] = []

    init(pairs: [YAMLPair], decoder: YAMLDecoder) {
        self.pairs = pairs
        self.decoder = decoder
    }

    /// The node for a key, marking the key as known; nil when absent or null.
    public mutating func node(_ key: String) -> YAMLNode? {
        knownKeys.append(key)
        guard let node = pairs.first(where: { $0.key.scalar?.text == key })?.value, !node.isNull else { return nil }
        return node
    }

    /// The decoded value for a key; nil when absent, null or invalid (then an error is recorded).
    public mutating func optional<Value: YAMLDecodable>(_ key: String, as type: Value.Type = Value.self) -> Value? {
        guard let node = node(key) else { return nil }
        return decoder.decode(type, from: node)
    }

    /// Like `optional`, but a missing key is an error at `missingAt` (usually the mapping itself).
    public mutating func required<Value: YAMLDecodable>(
        _ key: String, as type: Value.Type = Value.self, in what: String, missingAt mark: YAMLMark
    ) -> Value? {
        guard let node = node(key) else {
            decoder.report(.error, "\(what) needs '\(key)'", at: mark)
            return nil
        }
        return decoder.decode(type, from: node)
    }

    /// Marks keys as known without reading them (accepted for compatibility, ignored).
    public mutating func accept(_ keys: String...) {
        knownKeys.append(contentsOf: keys)
    }

    /// The pairs whose keys the model did not ask for, in document order. Keys that look like
    /// a typo of a known key get a warning.
    public func unknownPairs(warnAbout what: String) -> [(key: String, value: YAMLNode)] {
        let known = Set(knownKeys)
        var unknown: [(key: String, value: YAMLNode)] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.text, !known.contains(key) else { continue }
            if let suggestion = KeySuggestion.closest(to: key, among: knownKeys) {
                decoder.warning("unknown key '\(key)' in \(what); did you mean '\(suggestion)'?", at: pair.key)
            }
            unknown.append((key, pair.value))
        }
        return unknown
    }
}
