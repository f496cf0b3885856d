import CYaml

/// Parses one YAML document with libyaml into a `YAMLNode` tree.
///
/// Bounds hostile input: nesting deeper than `maximumDepth`, documents whose aliases add
/// more than `maximumExpandedNodes` nodes, and aliases that add more text than 10 times the
/// YAML's size (at least 1 MB, at most 50 MB; see `YAMLLimits`) are rejected with a positioned
/// error, so neither a 20,000-deep list nor a "billion laughs" alias bomb can hang or crash the
/// build, and a page cannot grow to hundreds of megabytes by repeating one long value.
public struct YAMLParser: Sendable {
    public var maximumDepth: Int
    public var maximumExpandedNodes: Int

    public init(maximumDepth: Int = 128, maximumExpandedNodes: Int = 100_000) {
        self.maximumDepth = maximumDepth
        self.maximumExpandedNodes = maximumExpandedNodes
    }

    /// The version of the libyaml library in use (`0.2.5`): another may read differently.
    public static var libraryVersion: String { String(cString: yaml_get_version_string()) }

    /// Returns the document's root node, or nil for an empty text.
    public func parse(_ text: String) throws(YAMLParseError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        // libyaml keeps a pointer into its parser struct: the struct lives on the heap, and the
        // input buffer stays alive for the whole parse (we parse inside its closure).
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw YAMLParseError("could not start the YAML parser (out of memory)", at: YAMLMark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        let count = bytes.count
        let positions = YAMLPositions(text: text)
        let result: Result<YAMLNode?, YAMLParseError> = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var builder = YAMLTreeBuilder(
                positions: positions,
                limits: YAMLLimits(maximumDepth: maximumDepth, maximumExpandedNodes: maximumExpandedNodes, textByteCount: count))
            do {
                while true {
                    var event = yaml_event_t()
                    guard yaml_parser_parse(parser, &event) != 0 else { throw Self.libyamlError(parser.pointee, positions) }
                    defer { yaml_event_delete(&event) }
                    if event.type == YAML_STREAM_END_EVENT { break }
                    try builder.handle(event)
                }
                return .success(builder.root)
            } catch let error as YAMLParseError {
                return .failure(error)
            } catch {
                return .failure(YAMLParseError("\(error)", at: YAMLMark(line: 1, column: 1)))
            }
        }
        return try result.get()
    }

    private static func libyamlError(_ parser: yaml_parser_t, _ positions: YAMLPositions) -> YAMLParseError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let related = parser.context.map {
            YAMLParseError.Related(description: String(cString: $0), mark: positions.mark(parser.context_mark))
        }
        // Reader errors (a control character, invalid UTF-8) leave the mark empty and give
        // the bad character's byte offset instead.
        let mark =
            parser.error == YAML_READER_ERROR
            ? positions.mark(ofByte: parser.problem_offset) : positions.mark(parser.problem_mark)
        return YAMLParseError(problem, at: mark, related: related)
    }
}
