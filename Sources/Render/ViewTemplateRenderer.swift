import Links

/// Renders `ViewTemplate`s over a view into bytes, as swift-mustache renders the same
/// templates over the same view, without its casts from `Any` and its string copies.
///
/// Where swift-mustache would write a Swift description (a list or an object in `{{…}}`) or a
/// tuple (`sorted(…)` of an object), or where a partial has no `ViewTemplate`, rendering stops
/// with `Unsupported` and the caller renders the page with swift-mustache instead.
struct ViewTemplateRenderer {
    typealias Unsupported = ViewTemplateLookup.Unsupported

    let templates: [String: ViewTemplate]
    /// Every template's name, compiled here or not.
    let names: Set<String>
    private(set) var output: [UInt8] = []
    private var stack: [ViewValue]

    init(templates: [String: ViewTemplate], names: Set<String>, root: [String: ViewValue]) {
        self.templates = templates
        self.names = names
        stack = [.object(root)]
        output.reserveCapacity(16 * 1024)
    }

    /// What swift-mustache's context carries besides the stack.
    struct Scope {
        var position: ViewTemplateLookup.Position?
        var indentation = ""
        var blocks: [String: ViewTemplate]?
        var escaping = ViewTemplate.Escaping.html
    }

    mutating func render(_ template: ViewTemplate, scope initial: Scope = Scope()) throws(Unsupported) {
        var scope = initial
        guard !initial.indentation.isEmpty else {
            for node in template.nodes { try render(node, scope: &scope) }
            return
        }
        let start = output.count
        for node in template.nodes {
            let mark = output.count
            let atLineStart = endsLine(since: start)
            try render(node, scope: &scope)
            if atLineStart, output.count > mark { output.insert(contentsOf: initial.indentation.utf8, at: mark) }
        }
    }

    /// Whether what this template wrote so far ends with a line feed that is a character of
    /// its own (not the end of `"\r\n"`).
    private func endsLine(since start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == UInt8(ascii: "\n") else { return false }
        return count - 2 < start || output[count - 2] != UInt8(ascii: "\r")
    }

    private mutating func render(_ node: ViewTemplate.Node, scope: inout Scope) throws(Unsupported) {
        switch node {
        case .text(let text):
            output.append(contentsOf: text.utf8)
        case .variable(let name, let escaped):
            guard let found = try ViewTemplateLookup.find(name, in: stack, at: scope.position) else { return }
            guard case .value(let value) = found else { throw Unsupported() }
            switch value {
            case .text(let text): write(text, escaped ? scope.escaping : .text)
            case .html(let html): write(html.html, escaped ? scope.escaping : .text)
            case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let number): output.append(contentsOf: String(number).utf8)
            case .list, .object: throw Unsupported()
            }
        case .section(let name, let body):
            try renderSection(try ViewTemplateLookup.find(name, in: stack, at: scope.position), body, scope: scope)
        case .invertedSection(let name, let body):
            try renderInverted(try ViewTemplateLookup.find(name, in: stack, at: scope.position), body, scope: scope)
        case .block(let name, let fallback, let indentation):
            var inner = scope
            inner.position = nil
            inner.indentation += indentation
            try render(scope.blocks?[name] ?? fallback, scope: inner)
        case .partial(let name, let indentation, let blocks):
            guard let partial = templates[name] else {
                if names.contains(name) { throw Unsupported() }
                return
            }
            var inner = Scope(indentation: scope.indentation + (indentation ?? ""), blocks: scope.blocks)
            if let blocks {
                inner.blocks = (scope.blocks ?? [:]).merging(blocks) { outer, _ in outer }
            }
            try render(partial, scope: inner)
        case .contentType(let escaping):
            scope.escaping = escaping
        case .blockDefinition:
            return
        }
    }

    private mutating func renderSection(_ found: ViewTemplateLookup.Found?, _ body: ViewTemplate, scope: Scope) throws(Unsupported) {
        switch found {
        case nil:
            return
        case .element(let element):
            try render(body, pushing: element, scope: scope)
        case .value(.bool(let flag)):
            if flag { try render(body, scope: scope) }
        case .value(.list(let items)):
            var inner = scope
            for (index, item) in items.enumerated() {
                inner.position = ViewTemplateLookup.Position(first: index == 0, last: index == items.count - 1, index: index)
                stack.append(item)
                defer { stack.removeLast() }
                try render(body, scope: inner)
            }
        case .value(let value):
            try render(body, pushing: value, scope: scope)
        }
    }

    private mutating func renderInverted(_ found: ViewTemplateLookup.Found?, _ body: ViewTemplate, scope: Scope) throws(Unsupported) {
        switch found {
        case nil, .value(.bool(false)):
            try render(body, scope: scope)
        case .value(.list(let items)) where items.isEmpty:
            try render(body, pushing: .list(items), scope: scope)
        default:
            return
        }
    }

    private mutating func render(_ body: ViewTemplate, pushing value: ViewValue, scope: Scope) throws(Unsupported) {
        var inner = scope
        inner.position = nil
        stack.append(value)
        defer { stack.removeLast() }
        try render(body, scope: inner)
    }

    private mutating func write(_ text: String, _ escaping: ViewTemplate.Escaping) {
        switch escaping {
        case .sitegen: HTMLEscaping.append(text, to: &output, apostrophe: "&#39;")
        case .text: output.append(contentsOf: text.utf8)
        case .html: output.append(contentsOf: Self.characterEscaped(text).utf8)
        }
    }

    /// swift-mustache's own escaping, which goes by character.
    private static func characterEscaped(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
