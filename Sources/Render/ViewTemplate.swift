/// A Mustache template compiled for `ViewTemplateRenderer`, which renders `ViewValue`s
/// directly instead of through swift-mustache's `Any` lookups.
///
/// `ViewTemplateParser` builds the same tree swift-mustache's parser builds from the same text
/// (standalone lines, indentation, inheritance), so both render a template alike; a template
/// it does not take (set delimiters, dynamic partials) has no `ViewTemplate` and is rendered by
/// swift-mustache.
struct ViewTemplate: Sendable {
    let nodes: [Node]

    enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` and `{{&name}}` (as is).
        case variable(Name, escaped: Bool)
        case section(Name, ViewTemplate)
        case invertedSection(Name, ViewTemplate)
        /// `{{$name}}default{{/name}}` in a template that a layout call fills in.
        case block(name: String, default: ViewTemplate, indentation: String)
        /// `{{$name}}…{{/name}}` directly in a layout call: the parser takes these out into
        /// the call's `blocks`, so no template it returns holds one.
        case blockDefinition(name: String, ViewTemplate)
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it fills in.
        case partial(name: String, indentation: String?, blocks: [String: ViewTemplate]?)
        /// `{{% CONTENT_TYPE: NAME}}`: how the rest of the template escapes.
        case contentType(Escaping)
    }

    /// A tag's name: where the lookup starts, the dotted path, and the transforms, in the
    /// order they apply (innermost first: `a(b(name))` applies `b`, then `a`).
    struct Name: Sendable, Equatable {
        let root: Root
        let path: [String]
        let transforms: [String]
    }

    enum Root: Sendable, Equatable {
        /// `.`: the current value, whatever follows.
        case current
        /// `first()`, `index()`: the position in the list being rendered.
        case position
        /// `.name`: looked up in the current value only.
        case anchored
        /// `name`: looked up from the current value down the stack.
        case searched
    }

    /// What `{{…}}` does to a text.
    enum Escaping: Sendable {
        /// sitegen's `SITEGEN_HTML` (byte by byte, see `TemplateEscaping`).
        case sitegen
        /// swift-mustache's own `HTML`, character by character: what a partial starts with.
        case html
        case text
    }
}

extension ViewTemplate.Name {
    /// The name as swift-mustache reads a tag's text once its transforms are taken off.
    init(_ text: String, transforms: [String]) {
        self.transforms = transforms.reversed()
        if text == "." {
            root = .current
            path = []
        } else if text.isEmpty, !transforms.isEmpty {
            root = .position
            path = []
        } else {
            root = text.first == "." ? .anchored : .searched
            path = text.split(separator: ".").map(String.init)
        }
    }
}
