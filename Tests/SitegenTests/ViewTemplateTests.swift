import Load
import Mustache
@testable import Render
import Testing

/// `ViewTemplateRenderer` against swift-mustache: the same templates over the same view give
/// the same bytes, whether generated at random or written to reach the two parsers' quirks.
@Suite struct ViewTemplateTests {
    private func compile(_ texts: [String: String]) -> TemplateSet? {
        let templates = texts.mapValues { Theme.Template(displayPath: "t.mustache", text: $0) }
        return TemplateSet.compile(Theme(templates: templates, assets: [:])).templates
    }

    /// What swift-mustache writes, and what `ViewTemplateRenderer` writes (nil when it handed
    /// the page over).
    private func both(_ set: TemplateSet, _ view: [String: ViewValue], _ name: String = "page") -> (String, String?) {
        let expected = set.library.render(view, withTemplate: name) ?? ""
        guard let template = set.viewTemplates[name] else { return (expected, nil) }
        var renderer = ViewTemplateRenderer(templates: set.viewTemplates, names: set.names, root: view)
        guard (try? renderer.render(template)) != nil else { return (expected, nil) }
        return (expected, String(decoding: renderer.output, as: UTF8.self))
    }

    @Test func everyBuiltinTemplateIsTaken() {
        let set = TemplateSet.compile(.builtin).templates
        #expect(set?.viewTemplates.keys.sorted() == set?.names.sorted())
        #expect((set?.names.count ?? 0) > 20)
    }

    /// Standalone lines, indented partials and blocks, nested sections, `\r\n`, transforms,
    /// the position in a list, a dotted name that a nearer level cuts short.
    @Test func writtenCasesRenderAsSwiftMustacheRendersThem() throws {
        let cases: [[String: String]] = [
            ["page": "a\n  {{#l}}\n  - {{.}}{{^last()}},{{/last()}}\n  {{/l}}\nb\n"],
            ["page": "<ul>\n  {{>p}}\n</ul>\n", "p": "<li>{{t}}</li>\n<li>{{{h}}}</li>\n{{#m}}\n<li>{{t}}{{k}}</li>\n{{/m}}\n"],
            ["page": "{{<base}}\n  {{$b}}\n    one\n      two\n  {{/b}}\n{{/base}}\n", "base": "<main>\n  {{$b}}default{{/b}}\n</main>\n"],
            ["page": "x\r\n{{#y}}\r\n  in\r\n{{/y}}\r\n  {{! c }}\r\nend"],
            ["page": "{{#o}}{{#x}}[{{t}}]{{/x}}{{o.t}}|{{x.t}}{{/o}}"],
            ["page": "{{#m}}{{index()}}{{#first()}}F{{/first()}}{{plusone(index())}}{{>p}}{{/m}}", "p": "({{first()}}{{t}})"],
            ["page": "{{uppercased(t)}} {{capitalized(t)}} {{count(l)}} {{#sorted(l)}}{{.}}{{/sorted(l)}} {{#reversed(m)}}{{t}}{{/reversed(m)}}"],
            ["page": "{{% CONTENT_TYPE: TEXT}}\n{{t}}{{>p}}", "p": "{{t}}"],
            ["page": "{{^el}}empty:{{count(.)}}{{/el}}{{^n}}no{{/n}}{{#e}}[{{.}}]{{/e}}{{#z}}{{.}}{{/z}}{{#first(m)}}{{t}}{{/first(m)}}"],
            ["page": "  {{>p}}\n", "p": "1\n{{>q}}\n3\n", "q": "  2a\n2b\n"],
            ["page": "{{<base}}{{$b}}page{{/b}}{{/base}}", "base": "{{<frame}}{{$b}}base{{/b}}{{/frame}}", "frame": "[{{$b}}frame{{/b}}]"],
            ["page": "{{q}}|{{% CONTENT_TYPE: HTML}}{{q}}|{{% CONTENT_TYPE: TEXT}}{{q}}"],
        ]
        for texts in cases {
            let set = try #require(compile(texts), "\(texts)")
            let (expected, rendered) = both(set, MustacheTextGenerator.view)
            #expect(rendered == expected, "\(texts)")
        }
    }

    /// Thousands of random themes: whenever swift-mustache compiles one, this parser takes it,
    /// and the page renders to the same bytes.
    @Test func randomTemplatesRenderAsSwiftMustacheRendersThem() throws {
        var compiled = 0
        var rendered = 0
        for index in 0..<3_000 {
            var generator = MustacheTextGenerator(seed: SplitMix64.caseSeed(0x7E3A, index))
            let texts = generator.theme()
            guard let set = compile(texts) else { continue }
            compiled += 1
            #expect(set.viewTemplates.count == texts.count, "case \(index): \(texts)")
            let (expected, output) = both(set, MustacheTextGenerator.view)
            if let output {
                rendered += 1
                #expect(output == expected, "case \(index): \(texts)")
            }
            #expect(String(decoding: set.render(MustacheTextGenerator.view, template: "page"), as: UTF8.self) == expected, "case \(index)")
        }
        #expect(compiled > 1_800)
        #expect(rendered > 1_000)
    }

    /// The built-in theme's templates cut, cut short, doubled and spliced with tag characters: the parser
    /// never crashes, and takes a text exactly when swift-mustache compiles it (leaving out the
    /// set-delimiter tags and dynamic partials it refuses on purpose).
    @Test func mutatedThemeTemplatesAreTakenExactlyWhenSwiftMustacheCompilesThem() throws {
        _ = TemplateEscaping.registered
        let texts = Theme.builtin.templates.values.map(\.text).sorted()
        let marks = ["{{", "}}", "{{!", "{{#", "{{/", "{{^", "{{>", "{{{", "}}}", "{{&", "{{$", "{", "}", "#", "^", "/", "!", ">", "<", "$", "&", "%", "(", ")", ".", " ", "\n", "\r\n", "\t", "é", "\u{301}"]
        var random = SplitMix64(seed: 0xF022)
        var compiled = 0
        for index in 0..<4_000 {
            var characters = Array(random.pick(texts))
            for _ in 0...random.below(4) {
                let at = random.below(characters.count + 1)
                switch random.below(4) {
                case 0 where at < characters.count: characters.removeSubrange(at..<min(characters.count, at + 1 + random.below(6)))
                case 3: characters = Array(characters[..<at]) + Array(random.pick(marks))
                case 1: characters.insert(contentsOf: random.pick(marks), at: at)
                default: characters.insert(contentsOf: characters[at..<min(characters.count, at + random.below(12))], at: at)
                }
            }
            let text = TemplateEscaping.pragma + String(characters)
            guard !text.contains("{{="), !text.contains(">*"), !text.contains("<*") else { continue }
            let swiftMustache = (try? MustacheTemplate(string: text)) != nil
            if swiftMustache { compiled += 1 }
            #expect((ViewTemplateParser.parse(text) != nil) == swiftMustache, "case \(index): \(text)")
        }
        #expect(compiled > 500)
    }

    /// A template this renderer does not take (set delimiters, a dynamic partial), or a value it
    /// does not write (a list in `{{…}}`), goes to swift-mustache, with the same result.
    @Test func whatItDoesNotTakeIsRenderedBySwiftMustache() throws {
        for texts in [
            ["page": "{{=<% %>=}}<% t %>"],
            ["page": "{{>*t}}[{{>p}}]", "p": "{{k}}"],
            ["page": "{{l}}{{#sorted(o)}}{{key}}{{/sorted(o)}}"],
            ["page": "[{{>p}}]", "p": "{{=| |=}}|k|"],
        ] {
            let set = try #require(compile(texts))
            let (expected, rendered) = both(set, MustacheTextGenerator.view)
            #expect(rendered == nil, "\(texts)")
            #expect(String(decoding: set.render(MustacheTextGenerator.view, template: "page"), as: UTF8.self) == expected)
        }
    }
}
