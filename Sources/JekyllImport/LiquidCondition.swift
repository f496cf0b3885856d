import YAML

/// The condition of an `{% if %}`, `{% elsif %}` or `{% unless %}` evaluated as Liquid would,
/// when every operand is a `_config.yml` value or a literal; `nil` when it depends on anything
/// else (a page, a loop, a collection, a plugin), which only Jekyll could know.
struct LiquidCondition {
    /// A value as Liquid compares it.
    enum Value: Equatable {
        case null, bool(Bool), number(Double), string(String), list(Int), mapping(Int)

        /// Liquid's truth: only `nil` and `false` are false; `""`, `0` and empty lists are true.
        var isTruthy: Bool {
            switch self {
            case .null, .bool(false): return false
            default: return true
            }
        }
    }

    /// `site.…` values of `_config.yml` by dotted path (`author.googlescholar`).
    var site: [String: Value]
    /// First path segments that Jekyll or a plugin fills in rather than `_config.yml`:
    /// `site.posts`, `site.data`, `site.github`, a collection's name.
    var generated: Set<String>

    /// The condition's truth, or `nil` when it cannot be known without running Jekyll.
    func evaluate(_ condition: String) -> Bool? {
        guard let words = Self.words(of: condition), !words.isEmpty else { return nil }
        // Liquid reads `and` and `or` from the right, without precedence.
        guard let connective = words.lastIndex(where: { $0 == "and" || $0 == "or" }) else { return comparison(words) }
        guard let left = evaluate(words[..<connective].joined(separator: " ")),
              let right = comparison(Array(words[(connective + 1)...])) else { return nil }
        return words[connective] == "and" ? left && right : left || right
    }

    private func comparison(_ words: [String]) -> Bool? {
        switch words.count {
        case 1: return operand(words[0])?.isTruthy
        case 3:
            guard let left = operand(words[0]), let right = operand(words[2]) else { return nil }
            switch words[1] {
            case "==": return Self.equal(left, right, right: words[2])
            case "!=", "<>": return Self.equal(left, right, right: words[2]).map(!)
            case "contains":
                guard case .string(let text) = left, case .string(let part) = right else { return nil }
                return text.contains(part)
            default: return nil
            }
        default: return nil
        }
    }

    private static func equal(_ left: Value, _ right: Value, right word: String) -> Bool? {
        switch word {
        case "empty":
            switch left {
            case .string(let text): return text.isEmpty
            case .list(let count), .mapping(let count): return count == 0
            default: return false
            }
        case "blank":
            switch left {
            case .null, .bool(false): return true
            case .string(let text): return text.allSatisfy(\.isWhitespace)
            case .list(let count), .mapping(let count): return count == 0
            default: return false
            }
        default: return left == right
        }
    }

    private func operand(_ word: String) -> Value? {
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "nil", "null": return .null
        case "empty", "blank": return .string("")
        default: break
        }
        if let quote = word.first, quote == "'" || quote == "\"" { return .string(String(word.dropFirst().dropLast())) }
        if let number = Double(word) { return .number(number) }
        guard word.hasPrefix("site.") else { return nil }
        let path = String(word.dropFirst(5))
        guard let first = path.split(separator: ".").first.map(String.init), !generated.contains(first),
              path.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) else { return nil }
        return site[path] ?? .null
    }

    /// The condition split at spaces outside quotes; `nil` when a quote is left open.
    private static func words(of condition: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var quote: Character?
        for character in condition {
            if let open = quote {
                word.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                word.append(character)
                quote = character
            } else if character.isWhitespace {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        guard quote == nil else { return nil }
        if !word.isEmpty { words.append(word) }
        return words
    }
}

extension LiquidCondition {
    /// Every value of `_config.yml` by dotted path, and the names Jekyll fills in itself.
    init(config: YAMLNode?, collections: [String]) {
        var site: [String: Value] = [:]
        func add(_ node: YAMLNode, at path: String) {
            switch node.content {
            case .scalar(let scalar):
                switch scalar.value {
                case .null: site[path] = .null
                case .bool(let flag): site[path] = .bool(flag)
                case .int(let number): site[path] = .number(Double(number))
                case .float(let number): site[path] = .number(number)
                case .string(let text): site[path] = .string(text)
                }
            case .sequence(let items): site[path] = .list(items.count)
            case .mapping(let pairs):
                site[path] = .mapping(pairs.count)
                for pair in pairs {
                    guard let key = pair.key.scalar?.text else { continue }
                    add(pair.value, at: path.isEmpty ? key : "\(path).\(key)")
                }
            }
        }
        if let config { add(config, at: "") }
        site[""] = nil
        let jekyllOwn: Set<String> = [
            "posts", "pages", "data", "collections", "time", "static_files", "html_pages", "html_files",
            "documents", "tags", "categories", "related_posts", "github", "source", "destination",
        ]
        self.init(site: site, generated: jekyllOwn.union(collections))
    }
}
