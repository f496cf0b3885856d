import CYaml

/// Builds the node tree from libyaml events with an explicit stack (no recursion on user data).
struct YAMLTreeBuilder {
    private enum Open {
        case sequence(mark: YAMLMark, tag: String?, anchor: String?, items: [YAMLNode])
        case mapping(mark: YAMLMark, tag: String?, anchor: String?, pairs: [YAMLPair], pendingKey: YAMLNode?, keys: [String: YAMLMark])
    }

    let maximumDepth: Int
    let maximumExpandedNodes: Int
    private(set) var root: YAMLNode?
    private var stack: [Open] = []
    private var anchors: [String: YAMLNode] = [:]
    private var expandedNodes = 0
    private var documents = 0

    init(maximumDepth: Int, maximumExpandedNodes: Int) {
        self.maximumDepth = maximumDepth
        self.maximumExpandedNodes = maximumExpandedNodes
    }

    mutating func handle(_ event: yaml_event_t) throws(YAMLParseError) {
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw YAMLParseError("expected a single YAML document, found a second one", at: mark) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = Self.string(data.value, length: data.length)
            let tag = Self.string(data.tag)
            let node = YAMLNode(.scalar(YAMLScalar(text: text, style: Self.style(data.style), tag: tag)), mark: mark, tag: tag)
            try add(node, anchor: Self.string(data.anchor), at: mark)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard var node = anchors[name] else { throw YAMLParseError("unknown alias '*\(name)'", at: mark) }
            node.mark = mark
            try add(node, anchor: nil, at: mark)
        case YAML_SEQUENCE_START_EVENT:
            try open(.sequence(mark: mark, tag: Self.string(event.data.sequence_start.tag),
                               anchor: Self.string(event.data.sequence_start.anchor), items: []), at: mark)
        case YAML_MAPPING_START_EVENT:
            try open(.mapping(mark: mark, tag: Self.string(event.data.mapping_start.tag),
                              anchor: Self.string(event.data.mapping_start.anchor), pairs: [], pendingKey: nil, keys: [:]), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let top = stack.popLast() else { return }
            switch top {
            case let .sequence(start, tag, anchor, items):
                try add(YAMLNode(.sequence(items), mark: start, tag: tag), anchor: anchor, at: start, counted: true)
            case let .mapping(start, tag, anchor, pairs, _, _):
                try add(YAMLNode(.mapping(pairs), mark: start, tag: tag), anchor: anchor, at: start, counted: true)
            }
        default:
            break
        }
    }

    private mutating func open(_ collection: Open, at mark: YAMLMark) throws(YAMLParseError) {
        guard stack.count < maximumDepth else {
            throw YAMLParseError("YAML nested deeper than \(maximumDepth) levels", at: mark)
        }
        stack.append(collection)
    }

    /// Adds a finished node to the open collection (or makes it the root).
    /// `counted` is set for collections, whose children were already counted one by one.
    private mutating func add(_ node: YAMLNode, anchor: String?, at mark: YAMLMark, counted: Bool = false) throws(YAMLParseError) {
        expandedNodes += counted ? 1 : node.expandedSize
        guard expandedNodes <= maximumExpandedNodes else {
            throw YAMLParseError("YAML expands to more than \(maximumExpandedNodes) nodes (too many aliases?)", at: mark)
        }
        if let anchor { anchors[anchor] = node }
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let start, let tag, let anchor, var items):
            items.append(node)
            stack.append(.sequence(mark: start, tag: tag, anchor: anchor, items: items))
        case .mapping(let start, let tag, let anchor, var pairs, let pendingKey, var keys):
            guard let key = pendingKey else {
                stack.append(.mapping(mark: start, tag: tag, anchor: anchor, pairs: pairs, pendingKey: node, keys: keys))
                return
            }
            if let name = key.scalar?.text {
                if let first = keys[name] {
                    throw YAMLParseError("duplicate key '\(name)'", at: key.mark, related: .init(description: "first given", mark: first))
                }
                keys[name] = key.mark
            }
            pairs.append(YAMLPair(key: key, value: node))
            stack.append(.mapping(mark: start, tag: tag, anchor: anchor, pairs: pairs, pendingKey: nil, keys: keys))
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
