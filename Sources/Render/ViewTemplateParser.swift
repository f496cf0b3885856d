/// Compiles a Mustache text into a `ViewTemplate`, taking the same decisions swift-mustache's
/// parser takes (which text a standalone tag's line keeps, which indentation a partial gets,
/// how a layout call's blocks are indented), so that the two render any template alike.
///
/// swift-mustache has compiled every template before this runs and reports the syntax errors;
/// this parser only says whether it took the text. It does not take set-delimiter tags and
/// dynamic partials (`{{>*name}}`): a template with either is rendered by swift-mustache.
enum ViewTemplateParser {
    struct Refusal: Error {}

    static func parse(_ text: String) -> ViewTemplate? {
        var cursor = ViewTemplateCursor(text)
        return try? parse(&cursor, state: State())
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        /// Inside a layout call (`{{<name}}`), and directly in it (not in one of its blocks).
        var inLayoutCall = false
        var atLayoutCallTop = false
        /// The indentation of a layout call's block's first line, taken off its other lines.
        var blockIndentation: String?

        func opening(_ name: String, newLine standalone: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.atLayoutCallTop = false
            if !standalone { state.newLine = false }
            return state
        }

        func openingLayoutCall(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.inLayoutCall = true
            state.atLayoutCallTop = true
            return state
        }
    }

    private typealias Node = ViewTemplate.Node

    private static func parse(_ cursor: inout ViewTemplateCursor, state initial: State) throws(Refusal) -> ViewTemplate {
        var nodes: [Node] = []
        var state = initial
        var whitespaceBefore: Substring = ""
        while !cursor.atEnd {
            if state.newLine {
                let whitespace = cursor.skip { $0 == " " || $0 == "\t" }
                if state.inLayoutCall, !state.atLayoutCallTop {
                    if let indentation = state.blockIndentation {
                        whitespaceBefore = whitespace.dropFirst(indentation.count)
                    } else {
                        state.blockIndentation = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace[...]
                }
            }
            let text = try textBeforeTag(&cursor)
            if cursor.current.isNewline {
                nodes.append(.text(String(whitespaceBefore) + text + String(cursor.current)))
                state.newLine = true
                cursor.advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(String(whitespaceBefore) + text))
                whitespaceBefore = ""
                state.newLine = false
            }
            if cursor.atEnd { break }
            var standalone = false
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(String(whitespaceBefore)))
                    whitespaceBefore = ""
                }
            }
            switch cursor.current {
            case "#", "^":
                let inverted = cursor.current == "^"
                cursor.advance()
                let (name, transforms) = try readName(&cursor)
                if state.newLine, cursor.lineEndsHere() { standalone = true } else { flushWhitespace() }
                let body = try parse(&cursor, state: state.opening(name, newLine: standalone, transforms: transforms))
                let tagName = ViewTemplate.Name(name, transforms: transforms)
                nodes.append(inverted ? .invertedSection(tagName, body) : .section(tagName, body))
            case "/":
                cursor.advance()
                let (name, transforms) = try readName(&cursor)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Refusal() }
                if !(state.newLine && cursor.lineEndsHere()) { flushWhitespace() }
                return ViewTemplate(nodes: nodes)
            case "!":
                cursor.advance()
                guard cursor.skip(past: "}}") else { throw Refusal() }
                standalone = state.newLine && cursor.lineEndsHere()
            case "{", "&":
                let braced = cursor.current == "{"
                flushWhitespace()
                cursor.advance()
                let (name, transforms) = try readName(&cursor)
                if braced {
                    guard !cursor.atEnd, cursor.current == "}" else { throw Refusal() }
                    cursor.advance()
                }
                nodes.append(.variable(ViewTemplate.Name(name, transforms: transforms), escaped: false))
            case ">":
                cursor.advance()
                cursor.skip(while: \.isWhitespace)
                guard cursor.current != "*" else { throw Refusal() }
                let name = try readPartialName(&cursor)
                if !whitespaceBefore.isEmpty { nodes.append(.text(String(whitespaceBefore))) }
                if state.newLine, cursor.lineEndsHere() {
                    standalone = true
                    nodes.append(.partial(name: name, indentation: String(whitespaceBefore), blocks: nil))
                } else {
                    nodes.append(.partial(name: name, indentation: nil, blocks: nil))
                }
                whitespaceBefore = ""
            case "<":
                cursor.advance()
                cursor.skip(while: \.isWhitespace)
                let name = try readPartialName(&cursor)
                guard name.first != "*" else { throw Refusal() }
                if !whitespaceBefore.isEmpty { nodes.append(.text(String(whitespaceBefore))) }
                standalone = state.newLine && cursor.lineEndsHere()
                let call = try parse(&cursor, state: state.openingLayoutCall(name))
                var blocks: [String: ViewTemplate] = [:]
                for node in call.nodes {
                    switch node {
                    case .blockDefinition(let blockName, let body): blocks[blockName] = body
                    case .text: break
                    default: throw Refusal()
                    }
                }
                nodes.append(.partial(name: name, indentation: String(whitespaceBefore), blocks: blocks))
                whitespaceBefore = ""
            case "$":
                cursor.advance()
                let (name, transforms) = try readName(&cursor)
                guard transforms.isEmpty else { throw Refusal() }
                if state.atLayoutCallTop {
                    standalone = state.newLine && cursor.lineEndsHere()
                    let body = try parse(&cursor, state: state.opening(name, newLine: standalone))
                    nodes.append(.blockDefinition(name: name, body))
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(.text(String(whitespaceBefore))) }
                    standalone = state.newLine && cursor.lineEndsHere()
                    let body = try parse(&cursor, state: state.opening(name, newLine: standalone))
                    nodes.append(.block(name: name, default: body, indentation: String(whitespaceBefore)))
                    whitespaceBefore = ""
                }
            case "%":
                cursor.advance()
                nodes.append(.contentType(try readContentType(&cursor)))
                standalone = state.newLine && cursor.lineEndsHere()
            case "=":
                throw Refusal()
            default:
                flushWhitespace()
                let (name, transforms) = try readName(&cursor)
                nodes.append(.variable(ViewTemplate.Name(name, transforms: transforms), escaped: true))
            }
            state.newLine = standalone
        }
        guard state.sectionName == nil else { throw Refusal() }
        return ViewTemplate(nodes: nodes)
    }

    /// The text up to the next line break or tag; a tag's `{{` is read too.
    private static func textBeforeTag(_ cursor: inout ViewTemplateCursor) throws(Refusal) -> String {
        var text = ""
        while !cursor.atEnd {
            text += cursor.skip { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if cursor.current.isNewline { break }
            if cursor.current == "{" {
                guard let opened = cursor.read("{{") else { throw Refusal() }
                if opened { break }
                text.append("{")
                cursor.advance()
            }
        }
        return text
    }

    /// A tag's name and its transforms, outermost first, and the tag's `}}`.
    private static func readName(_ cursor: inout ViewTemplateCursor) throws(Refusal) -> (String, [String]) {
        cursor.skip(while: \.isWhitespace)
        let text = cursor.skip { nameCharacters.contains($0) || $0 == "(" || $0 == ")" }
        cursor.skip(while: \.isWhitespace)
        guard cursor.read("}}") == true else { throw Refusal() }
        var name = ViewTemplateCursor(text)
        let first = name.skip { nameCharacters.contains($0) }
        if name.atEnd { return (text, []) }
        guard name.current == "(" else { throw Refusal() }
        name.advance()
        var transforms = [first]
        while true {
            let inner = name.skip { nameCharacters.contains($0) }
            switch name.current {
            case ")":
                name.advance()
                let closing = name.skip { $0 == ")" }.count
                guard closing + 1 == transforms.count, name.atEnd else { throw Refusal() }
                return (inner, transforms)
            case "(":
                name.advance()
                transforms.append(inner)
            default:
                throw Refusal()
            }
        }
    }

    private static func readPartialName(_ cursor: inout ViewTemplateCursor) throws(Refusal) -> String {
        cursor.skip(while: \.isWhitespace)
        let name = cursor.skip { nameCharacters.contains($0) || "()/".contains($0) }
        cursor.skip(while: \.isWhitespace)
        guard cursor.read("}}") == true else { throw Refusal() }
        return name
    }

    private static func readContentType(_ cursor: inout ViewTemplateCursor) throws(Refusal) -> ViewTemplate.Escaping {
        cursor.skip(while: \.isWhitespace)
        let variable = cursor.skip { nameCharacters.contains($0) }
        cursor.skip(while: \.isWhitespace)
        guard cursor.read(":") == true else { throw Refusal() }
        cursor.skip(while: \.isWhitespace)
        let value = cursor.skip { nameCharacters.contains($0) }
        cursor.skip(while: \.isWhitespace)
        guard cursor.read("}}") == true, variable == "CONTENT_TYPE" else { throw Refusal() }
        switch value {
        case TemplateEscaping.name: return .sitegen
        case "HTML": return .html
        case "TEXT": return .text
        default: throw Refusal()
        }
    }

    /// The characters of a name or transform, as swift-mustache takes them.
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
}
