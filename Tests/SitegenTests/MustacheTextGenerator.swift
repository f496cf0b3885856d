@testable import Render

/// Random Mustache templates for comparing `ViewTemplateRenderer` with swift-mustache: the
/// pieces whose handling the two parsers must agree on (standalone lines, indentation, line
/// breaks of every kind, partials, layout calls and their blocks, transforms, pragmas) in
/// random order, sections closed as opened most of the time and not always.
struct MustacheTextGenerator {
    var random: SplitMix64

    /// Names that find every kind of view value of `view`, miss, or go down the stack.
    static let names = [
        "t", "e", "h", "y", "n", "z", "k", "l", "m", "o", "el", "mixed", "o.t", "o.o.t", "o.x", "o.l", ".t", ".", "missing",
        "x.t", "empty(l)", "count(l)", "first(l)", "last(m)", "reversed(l)", "sorted(l)", "sorted(mixed)", "first(mixed)",
        "uppercased(t)", "capitalized(t)", "lowercased(h)", "reversed(t)", "empty(e)", "plusone(k)", "even(k)", "odd(z)",
        "equalzero(z)", "minusone(k)", "first()", "last()", "index()", "odd()", "even()", "plusone(index())",
        "empty(first(l))", "empty(first(m))", "count(o)", "empty(o)", "nope(t)", "count(reversed(m))", "first(sorted(l))",
    ]

    /// The view every generated template renders.
    static let view: [String: ViewValue] = {
        let inner: [String: ViewValue] = ["t": .text("deep")]
        return [
            "t": .text("L'a <b> & \"q\""), "q": .text("\"\u{301}<\u{301}'"), "e": .text(""), "h": .html(RenderedHTML(rendered: "<i>x</i>\n")),
            "y": .bool(true), "n": .bool(false), "z": .number(0), "k": .number(3),
            "l": .list([.text("b"), .text("a"), .text("c")]),
            "m": .list([.object(["t": .text("m1"), "y": .bool(true)]), .object(["k": .number(7)])]),
            "o": .object(["t": .text("in"), "o": .object(inner), "l": .list([.text("z")])]),
            "x": .object(["u": .text("no t here")]),
            "el": .list([]), "mixed": .list([.text("s"), .number(1)]),
        ]
    }()

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A partial that calls nothing, a layout that may call the partial, and a page that may
    /// call both.
    mutating func theme() -> [String: String] {
        let partial = body(depth: 0, partials: [])
        let layout = body(depth: 0, partials: ["p"], blocks: true)
        var page = body(depth: 0, partials: ["p"])
        if random.chance(50) {
            page += layoutCall()
        }
        return ["p": partial, "base": layout, "page": page]
    }

    private mutating func layoutCall() -> String {
        var call = pick(["", "  ", "\t"]) + "{{<base}}" + pick(["\n", "", "\r\n", "  \n"])
        for _ in 0..<random.below(3) {
            call += pick(["", "  ", "    "]) + "{{$b}}" + pick(["\n", ""])
            call += body(depth: 1, partials: ["p"]) + pick(["", "  "]) + "{{/b}}" + pick(["\n", "", " "])
        }
        return call + pick(["", " "]) + "{{/base}}" + pick(["\n", "", " \n"])
    }

    private mutating func body(depth: Int, partials: [String], blocks: Bool = false) -> String {
        var text = ""
        for _ in 0..<random.below(depth == 0 ? 12 : 6) {
            text += piece(depth: depth, partials: partials, blocks: blocks)
        }
        return text
    }

    private mutating func piece(depth: Int, partials: [String], blocks: Bool) -> String {
        let lineStart = pick(["", "", " ", "  ", "\t", "\n", "\r\n"])
        let lineEnd = pick(["", "\n", "\n", " \n", "\r\n", "\r", " ", "x"])
        switch random.below(blocks ? 11 : 10) {
        case 0, 1: return pick(["text", " ", "a b", "}", "{ {", "\n", "\r\n", "\t", "é", "\u{2028}"])
        case 2: return lineStart + "{{" + pick(["", " "]) + pick(Self.names) + pick(["", " "]) + "}}" + lineEnd
        case 3: return lineStart + (random.chance(50) ? "{{{" + pick(Self.names) + "}}}" : "{{&" + pick(Self.names) + "}}") + lineEnd
        case 4: return lineStart + "{{! " + pick(["note", "two\nlines", "{{x}}"]) + " }}" + lineEnd
        case 5 where !partials.isEmpty: return lineStart + "{{>" + pick(["", " "]) + pick(partials) + "}}" + lineEnd
        case 6...7 where depth < 3:
            let name = pick(Self.names)
            let opening = pick(["#", "#", "^"])
            let closing = random.chance(99) ? name : pick(Self.names)
            return lineStart + "{{\(opening)\(name)}}" + lineEnd + body(depth: depth + 1, partials: partials, blocks: blocks)
                + pick(["", "  ", "\n"]) + "{{/\(closing)}}" + pick(["", "\n", "  \n", "\r\n"])
        case 8: return lineStart + "{{% CONTENT_TYPE: " + pick(["TEXT", "HTML", "SITEGEN_HTML"]) + "}}" + lineEnd
        case 10:
            return lineStart + "{{$b}}" + lineEnd + body(depth: depth + 1, partials: partials) + pick(["", "  "]) + "{{/b}}" + lineEnd
        default: return random.chance(3) ? pick(["}}", "{{", "{{/", "{{#t}"]) : pick(["text", "\n"])
        }
    }

    private mutating func pick(_ items: [String]) -> String {
        random.pick(items)
    }
}
