import Foundation

/// What a tag's name finds, as swift-mustache finds it for the same view: the lookup down the
/// stack of sections and the transforms (`empty(…)`, `first()`, `uppercased(…)`…).
enum ViewTemplateLookup {
    /// A value found. `element` is what `first(…)` or `last(…)` gives of a list that is not all
    /// texts: swift-mustache then holds the element as it is, so no transform applies to it
    /// and a section always renders it, even `false`.
    enum Found {
        case value(ViewValue)
        case element(ViewValue)
    }

    /// The position in the list a section is rendering, for `first()`, `last()`, `index()`,
    /// `even()` and `odd()`.
    struct Position {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// A transform swift-mustache applies in a way this renderer does not reproduce (it
    /// gives Swift tuples, written by reflection): the page is rendered by swift-mustache.
    struct Unsupported: Error {}

    static func find(_ name: ViewTemplate.Name, in stack: [ViewValue], at position: Position?) throws(Unsupported) -> Found? {
        var found: Found
        var transforms = name.transforms[...]
        switch name.root {
        case .current:
            found = .value(stack[stack.count - 1])
        case .position:
            guard let position, let value = transform(position, name.transforms[0]) else { return nil }
            found = .value(value)
            transforms = transforms.dropFirst()
        case .anchored:
            guard let value = follow(name.path[...], from: stack[stack.count - 1]) else { return nil }
            found = .value(value)
        case .searched:
            guard let value = search(name.path, in: stack) else { return nil }
            found = .value(value)
        }
        for transform in transforms {
            guard let next = try apply(transform, to: found) else { return nil }
            found = next
        }
        return found
    }

    /// The first stack level, from the top, that has the path's first name decides: the rest
    /// of the path is followed from there, or nothing is found.
    private static func search(_ path: [String], in stack: [ViewValue]) -> ViewValue? {
        guard let first = path.first else { return stack[stack.count - 1] }
        for level in stack.reversed() {
            if let child = child(first, of: level) { return follow(path.dropFirst(), from: child) }
        }
        return nil
    }

    private static func follow(_ path: ArraySlice<String>, from value: ViewValue) -> ViewValue? {
        var value = value
        for name in path {
            guard let child = child(name, of: value) else { return nil }
            value = child
        }
        return value
    }

    private static func child(_ name: String, of value: ViewValue) -> ViewValue? {
        guard case .object(let fields) = value else { return nil }
        return fields[name]
    }

    private static func transform(_ position: Position, _ name: String) -> ViewValue? {
        switch name {
        case "first": return .bool(position.first)
        case "last": return .bool(position.last)
        case "index": return .number(position.index)
        case "even": return .bool(position.index & 1 == 0)
        case "odd": return .bool(position.index & 1 == 1)
        default: return nil
        }
    }

    private static func apply(_ name: String, to found: Found) throws(Unsupported) -> Found? {
        guard case .value(let value) = found else { return nil }
        switch value {
        case .text(let text): return transform(text, name).map(Found.value)
        case .html(let html): return transform(html.html, name).map(Found.value)
        case .number(let number): return transform(number, name).map(Found.value)
        case .bool: return nil
        case .list(let items): return transform(items, name)
        case .object(let fields):
            switch name {
            case "count": return .value(.number(fields.count))
            case "empty": return .value(.bool(fields.isEmpty))
            case "enumerated", "sorted": throw Unsupported()
            default: return nil
            }
        }
    }

    private static func transform(_ text: String, _ name: String) -> ViewValue? {
        switch name {
        case "empty": return .bool(text.isEmpty)
        case "capitalized": return .text(text.capitalized)
        case "lowercased": return .text(text.lowercased())
        case "uppercased": return .text(text.uppercased())
        case "reversed": return .text(String(text.reversed()))
        default: return nil
        }
    }

    private static func transform(_ number: Int, _ name: String) -> ViewValue? {
        switch name {
        case "equalzero": return .bool(number == 0)
        case "plusone": return .number(number &+ 1)
        case "minusone": return .number(number &- 1)
        case "even": return .bool(number & 1 == 0)
        case "odd": return .bool(number & 1 == 1)
        default: return nil
        }
    }

    /// swift-mustache sees a list of texts as `[String]` (so `sorted` applies and its
    /// elements are texts) and any other list as a list of view values.
    private static func transform(_ items: [ViewValue], _ name: String) -> Found? {
        let texts = ViewValue.texts(of: items)
        switch name {
        case "first", "last":
            guard let item = name == "first" ? items.first : items.last else { return nil }
            return texts == nil ? .element(item) : .value(item)
        case "reversed": return .value(.list(items.reversed()))
        case "count": return .value(.number(items.count))
        case "empty": return .value(.bool(items.isEmpty))
        case "sorted": return texts.map { .value(.list($0.sorted().map(ViewValue.text))) }
        default: return nil
        }
    }
}
