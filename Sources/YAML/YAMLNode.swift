/// A node of a parsed YAML document, with the position where it starts.
///
/// Aliases are resolved into copies of their anchored node (copies share storage), so consumers
/// never see an alias. `expandedSize` counts the nodes a full walk would visit, which is what
/// the parser bounds to defuse alias bombs.
public struct YAMLNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// 1-based line and column within the YAML text.
    public var mark: YAMLMark
    public var expandedSize: Int

    public init(_ content: Content, mark: YAMLMark) {
        self.content = content
        self.mark = mark
        switch content {
        case .scalar: expandedSize = 1
        case .sequence(let items): expandedSize = items.reduce(1) { $0 + $1.expandedSize }
        case .mapping(let pairs): expandedSize = pairs.reduce(1) { $0 + $1.key.expandedSize + $1.value.expandedSize }
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var isNull: Bool { scalar?.value == .null }

    /// The value for a key of a mapping whose key is a scalar with that text.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// A short name of the node's kind for error messages ("a list", "a mapping", "a number", …).
    public var kindDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar): return scalar.value.kindDescription
        }
    }
}

public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// 1-based position within a YAML text.
public struct YAMLMark: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
