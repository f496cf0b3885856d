import Diagnostics

/// Decodes typed values from a YAML tree, collecting positioned diagnostics as it goes.
///
/// One decoder serves one file: it knows the file's path, where the YAML starts in it
/// (front matter begins on line 2), and the file's lines for the caret display.
public final class YAMLDecoder {
    public let path: String
    public let lineOffset: Int
    private let lines: LineIndex
    public private(set) var diagnostics: [Diagnostic] = []

    public init(path: String, lineOffset: Int = 0, lines: LineIndex) {
        self.path = path
        self.lineOffset = lineOffset
        self.lines = lines
    }

    public func location(of mark: YAMLMark) -> SourceLocation {
        let line = mark.line + lineOffset
        // libyaml puts the end of a text without a final line break on the line after it.
        if line > lines.lineCount, let last = lines.line(lines.lineCount) {
            return SourceLocation(path: path, line: lines.lineCount, column: last.unicodeScalars.count + 1)
        }
        return SourceLocation(path: path, line: line, column: mark.column)
    }

    public func location(of node: YAMLNode) -> SourceLocation { location(of: node.mark) }

    /// The text of a line of the file, for a diagnostic made later at a location of this file.
    public func sourceLine(at location: SourceLocation) -> String? { lines.line(location.line) }

    public func error(_ message: String, at node: YAMLNode) {
        report(.error, message, at: node.mark)
    }

    public func warning(_ message: String, at node: YAMLNode) {
        report(.warning, message, at: node.mark)
    }

    public func report(_ severity: Diagnostic.Severity, _ message: String, at mark: YAMLMark) {
        let location = location(of: mark)
        diagnostics.append(Diagnostic(severity, message, at: location, sourceLine: lines.line(location.line)))
    }

    /// Records a parse error of the YAML this decoder reads.
    public func report(_ error: YAMLParseError) {
        report(.error, error.describe(lineOffset: lineOffset), at: error.mark)
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Decodes a value, or records why it could not and returns nil.
    public func decode<Value: YAMLDecodable>(_ type: Value.Type, from node: YAMLNode) -> Value? {
        Value(yaml: node, decoder: self)
    }

    /// A reader for a mapping node; a null node reads as an empty mapping.
    public func object(_ node: YAMLNode, describing what: String) -> YAMLObjectReader? {
        if node.isNull { return YAMLObjectReader(pairs: [], decoder: self) }
        guard let pairs = node.mapping else {
            error("expected \(what) as a mapping of keys to values, found \(node.kindDescription)", at: node)
            return nil
        }
        return YAMLObjectReader(pairs: pairs, decoder: self)
    }
}

/// A type that can be read from a YAML node, reporting problems to the decoder.
public protocol YAMLDecodable {
    /// Returns nil after recording at least one error on the decoder.
    init?(yaml node: YAMLNode, decoder: YAMLDecoder)
}

extension String: YAMLDecodable {
    /// Free text: a string, or a number as written (`title: 2001`, `volume: 12`, `venue: 1.5`).
    /// A boolean is refused: `title: true` is almost certainly a mistake, and `"true"` says otherwise.
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        switch node.scalar?.value {
        case .string?, .int?, .float?:
            self = node.scalar?.text ?? ""
        case .bool?:
            decoder.error(Self.quoteHint(for: node), at: node)
            return nil
        case .null?, nil:
            decoder.error("expected text, found \(node.kindDescription)", at: node)
            return nil
        }
    }

    /// The message for a number or boolean where text is wanted, with the fix.
    static func quoteHint(for node: YAMLNode) -> String {
        let written = node.scalar?.text ?? ""
        return "expected text, found \(node.kindDescription) (\(written)); write \"\(written)\" in quotes if it is meant as text"
    }
}

extension Bool: YAMLDecodable {
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        guard case .bool(let value)? = node.scalar?.value else {
            decoder.error("expected true or false, found \(node.kindDescription)", at: node)
            return nil
        }
        self = value
    }
}

extension Int: YAMLDecodable {
    /// A whole number, also when quoted (`year: "2024"`, as converters from BibTeX write it).
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        switch node.scalar?.value {
        case .int(let value)?:
            self = value
        case .string(let text)? where !text.isEmpty && text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && Int(text) != nil:
            self = Int(text) ?? 0
        default:
            let written = node.scalar.map { " (\($0.text))" } ?? ""
            decoder.error("expected a whole number, found \(node.kindDescription)\(written)", at: node)
            return nil
        }
    }
}

extension Array: YAMLDecodable where Element: YAMLDecodable {
    /// A list; a single value where a list is expected reads as a list of one.
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        let items = node.sequence ?? [node]
        var values: [Element] = []
        values.reserveCapacity(items.count)
        var failed = false
        for item in items {
            if let value = Element(yaml: item, decoder: decoder) { values.append(value) } else { failed = true }
        }
        if failed { return nil }
        self = values
    }
}
