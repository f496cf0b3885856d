import Models

/// The names a site lists (its owner's, or its co-authors' with their pages), matched as
/// `PersonNameKey` says.
struct PersonNameMatcher<Value: Hashable & Sendable>: Hashable, Sendable {
    private let entries: [(key: PersonNameKey, value: Value)]

    init(_ entries: [(name: String, value: Value)]) {
        self.entries = entries.map { (PersonNameKey(written: $0.name), $0.value) }
    }

    /// The value of the first listed name that matches `author`.
    func value(for author: PublicationAuthor) -> Value? {
        value(for: PersonNameKey(author))
    }

    func value(for key: PersonNameKey) -> Value? {
        entries.first { $0.key.matches(key) }?.value
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.key)
            hasher.combine(entry.value)
        }
    }
}
