import Diagnostics

/// Gives each entry the fields it lacks from its `xdata` entries and its `crossref` parent, as
/// biber does: a parent's `title` becomes a child's `booktitle` (`maintitle`, `journaltitle`)
/// by the pair of types, every other field keeps its name (editors stay editors). Chains are
/// followed; a cycle is an error at the entry that closes it, a missing parent a warning at
/// the field. No recursion: a depth-first walk with an explicit stack.
enum CrossrefResolver {
    /// Never inherited: biber's list, and the fields an academic site adds to its own entries.
    static let notInherited: Set<String> = [
        "crossref", "xdata", "xref", "ids", "entryset", "entrysubtype", "execute", "label", "options",
        "presort", "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand",
        "shorthandintro", "sortkey",
        "abstract", "pdf", "supp", "code", "slides", "poster", "video", "blog", "website", "html",
        "selected", "abbr", "preview", "award", "award_name", "annotation", "additional_info",
        "bibtex_show", "hidden", "altmetric", "dimensions", "google_scholar_id", "inspirehep_id",
    ]

    static func resolve(_ file: inout BibFile, dataEntries: [BibEntry]) {
        var all = file.entries + dataEntries
        var index: [String: Int] = [:]
        for (position, entry) in all.enumerated() { index[entry.key.lowercased()] = position }
        let parents = all.map { entry in parentIndices(of: entry, index: index, file: &file) }

        enum State: Equatable { case unvisited, visiting(depth: Int), done }
        var state = [State](repeating: .unvisited, count: all.count)
        for root in all.indices where state[root] == .unvisited {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = .visiting(depth: 0)
            while let (node, next) = stack.last {
                if next < parents[node].count {
                    stack[stack.count - 1].next += 1
                    let parent = parents[node][next]
                    switch state[parent] {
                    case .done: continue
                    case .unvisited:
                        state[parent] = .visiting(depth: stack.count)
                        stack.append((parent, 0))
                    case .visiting(let depth):
                        let loop = cycleText(stack[depth...].lazy.map { all[$0.node].key } + [all[parent].key])
                        file.diagnostics.append(file.diagnostic(.error, "crossref cycle: \(loop)", at: all[node].location))
                    }
                    continue
                }
                for parent in parents[node] where state[parent] == .done {
                    inherit(into: &all[node], from: all[parent])
                }
                state[node] = .done
                stack.removeLast()
            }
        }
        file.entries = Array(all.prefix(file.entries.count))
    }

    /// `a → b → a`, with the middle of a long loop left out so that a message stays short.
    private static func cycleText(_ keys: some Collection<String>) -> String {
        guard keys.count > 7 else { return keys.joined(separator: " → ") }
        return (Array(keys.prefix(3)) + ["… (\(keys.count - 6) more)"] + Array(keys.suffix(3))).joined(separator: " → ")
    }

    /// The entries `entry` inherits from, `xdata` ones first; a key that names none is warned of.
    private static func parentIndices(of entry: BibEntry, index: [String: Int], file: inout BibFile) -> [Int] {
        var found: [Int] = []
        for name in ["xdata", "crossref"] {
            guard let field = entry.field(name) else { continue }
            let keys = name == "xdata" ? field.value.split(separator: ",").map { $0.trimmingSpaces } : [field.value.trimmingSpaces]
            for key in keys where !key.isEmpty {
                if let parent = index[key.lowercased()] {
                    found.append(parent)
                } else {
                    file.diagnostics.append(file.diagnostic(.warning, "\(name) '\(key)' names no entry of this file", at: field.valueLocation))
                }
            }
        }
        return found
    }

    /// Adds to `child` each field of `parent` it does not have: fields that keep their name
    /// first, so a parent's own `booktitle` wins over its `title` made one.
    private static func inherit(into child: inout BibEntry, from parent: BibEntry) {
        let isData = parent.writtenType == BibEntryTypes.xdata
        var names = Set(child.fields.map(\.name))
        var mapped: [(String, BibField)] = []
        for field in parent.fields where !notInherited.contains(field.name) {
            let targets = isData ? [field.name] : BibInheritance.targets(of: field.name, from: parent.writtenType, to: child.writtenType)
            for target in targets {
                if target == field.name { add(field, as: target, to: &child, names: &names, from: parent.key) } else { mapped.append((target, field)) }
            }
        }
        for (target, field) in mapped { add(field, as: target, to: &child, names: &names, from: parent.key) }
    }

    private static func add(_ field: BibField, as name: String, to child: inout BibEntry, names: inout Set<String>, from key: String) {
        guard names.insert(name).inserted else { return }
        var inherited = field
        inherited.name = name
        inherited.inheritedFrom = key
        child.fields.append(inherited)
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension String {
    var trimmingSpaces: String { self[...].trimmingSpaces }
}
