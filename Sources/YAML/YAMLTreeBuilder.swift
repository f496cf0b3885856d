import CYaml

/// Builds the node tree from libyaml events with an explicit stack (no recursion on user data).
///
/// Open collections are appended to in place and become nodes only when they end, so building
/// is linear in the number of events (a 200,000-item list does not copy itself per item).
struct YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not come yet.
    private struct OpenCollection {
        let isMapping: Bool
        let mark: YAMLMark
        let anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Where each scalar key was first given, to refuse duplicates.
        var keys: [String: YAMLMark] = [:]
        /// Scalar bytes under this collection, aliased ones included (what an alias to it expands to).
        var expandedBytes = 0

        func node() -> YAMLNode {
            YAMLNode(isMapping ? .mapping(pairs) : .sequence(items), mark: mark)
        }
    }

    let positions: YAMLPositions
    let limits: YAMLLimits
    private(set) var root: YAMLNode?
    private var stack: [OpenCollection] = []
    private var anchors: [String: (node: YAMLNode, expandedBytes: Int)] = [:]
    private var aliasedNodes = 0
    private var aliasedBytes = 0
    private var documents = 0

    init(positions: YAMLPositions, limits: YAMLLimits) {
        self.positions = positions
        self.limits = limits
    }

    mutating func handle(_ event: yaml_event_t) throws(YAMLParseError) {
        let mark = positions.mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw YAMLParseError("expected a single YAML document, found a second one", at: mark) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = Self.string(data.value, length: data.length)
            let tag = Self.string(data.tag)
            let node = YAMLNode(.scalar(YAMLScalar(text: text, style: Self.style(data.style), tag: tag)), mark: mark)
            try add(node, expandedBytes: data.length, anchor: Self.string(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else { throw YAMLParseError("unknown alias '*\(name)'", at: mark) }
            aliasedNodes += anchored.node.expandedSize
            guard aliasedNodes <= limits.maximumExpandedNodes else {
                throw YAMLParseError(
                    "aliases expand this YAML by more than \(limits.maximumExpandedNodes) nodes; "
                        + "repeat the values instead of aliasing them",
                    at: mark)
            }
            aliasedBytes += anchored.expandedBytes
            guard aliasedBytes <= limits.maximumAliasedBytes else {
                throw YAMLParseError(
                    "aliases expand this YAML by more than \(limits.maximumAliasedBytes) bytes of text "
                        + "(the limit is 10 times its size, at least \(YAMLLimits.aliasedBytesFloor) "
                        + "and at most \(YAMLLimits.aliasedBytesCeiling)); repeat the text instead of aliasing it",
                    at: mark)
            }
            var node = anchored.node
            node.mark = mark
            try add(node, expandedBytes: anchored.expandedBytes, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            try open(OpenCollection(isMapping: false, mark: mark, anchor: Self.string(start.anchor)))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            try open(OpenCollection(isMapping: true, mark: mark, anchor: Self.string(start.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let closed = stack.popLast() else { return }
            try add(closed.node(), expandedBytes: closed.expandedBytes, anchor: closed.anchor)
        default:
            break
        }
    }

    private mutating func open(_ collection: OpenCollection) throws(YAMLParseError) {
        guard stack.count < limits.maximumDepth else {
            throw YAMLParseError("YAML nested deeper than \(limits.maximumDepth) levels", at: collection.mark)
        }
        stack.append(collection)
    }

    /// Adds a finished node to the open collection in place (or makes it the root).
    private mutating func add(_ node: YAMLNode, expandedBytes: Int, anchor: String?) throws(YAMLParseError) {
        if let anchor { anchors[anchor] = (node, expandedBytes) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].expandedBytes += expandedBytes
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        if let name = key.scalar?.text {
            if let first = stack[top].keys.updateValue(key.mark, forKey: name) {
                throw YAMLParseError("duplicate key '\(name)'", at: key.mark, related: .init(description: "first given", mark: first))
            }
        }
        stack[top].pairs.append(YAMLPair(key: key, value: node))
        stack[top].pendingKey = nil
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
