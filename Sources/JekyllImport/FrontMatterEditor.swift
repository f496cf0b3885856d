import YAML

/// Edits a front matter's text by whole top-level keys, keeping every other line as written
/// (comments, quoting, order): a key's lines run from its own to the next key's.
struct FrontMatterEditor {
    private var lines: [String]
    /// Each top-level key with the 0-based range of its lines.
    private var keys: [(name: String, lines: Range<Int>)] = []
    private var removed: Set<String> = []
    private var added: [String] = []

    init(text: String, tree: YAMLNode?) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let pairs = tree?.mapping ?? []
        for (index, pair) in pairs.enumerated() {
            guard let name = pair.key.scalar?.text else { continue }
            let start = pair.key.mark.line - 1
            let end = index + 1 < pairs.count ? pairs[index + 1].key.mark.line - 1 : lines.count
            keys.append((name, start..<max(start, min(end, lines.count))))
        }
    }

    /// Leaves out the key and its value.
    mutating func remove(_ key: String) {
        removed.insert(key)
    }

    /// Adds `key: value` at the end, `value` being YAML text (`"quoted"`, `[a, b]`, a block after a line break).
    mutating func add(_ key: String, _ value: String) {
        added.append("\(key):" + (value.hasPrefix("\n") ? value : " " + value))
    }

    /// Replaces the key's value, or adds it when missing.
    mutating func set(_ key: String, _ value: String) {
        remove(key)
        add(key, value)
    }

    /// The edited front matter, ending with a line break when it has any line.
    var text: String {
        var dropped = Set<Int>()
        for key in keys where removed.contains(key.name) { dropped.formUnion(key.lines) }
        let kept = lines.indices.filter { !dropped.contains($0) }.map { lines[$0] } + added
        return kept.isEmpty ? "" : kept.joined(separator: "\n") + "\n"
    }
}
