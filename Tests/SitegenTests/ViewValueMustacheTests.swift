import Markdown
import Mustache
@testable import Render
import Testing

/// How swift-mustache renders view values through the hooks of `ViewValue+Mustache.swift`.
@Suite struct ViewValueMustacheTests {
    static let view = ViewValue.object([
        "text": .text("<b>&"),
        "html": .html(RenderedHTML(MarkdownDocument(html: "<p>x</p>"), basePath: "/")),
        "yes": .bool(true),
        "no": .bool(false),
        "count": .number(42),
        "words": .list([.text("pear"), .text("apple")]),
        "people": .list([.object(["name": .text("A")]), .object(["name": .text("B")])]),
        "empty": .list([]),
        "nested": .object(["inner": .object(["leaf": .text("deep")])]),
    ])

    func render(_ template: String) throws -> String {
        try MustacheTemplate(string: template).render(Self.view)
    }

    @Test func textIsEscapedByDoubleBracesOnly() throws {
        #expect(try render("{{text}}") == "&lt;b&gt;&amp;")
        // swift-mustache writes `{{{…}}}` as is whatever the value: a template can still print a
        // text unescaped; only the theme's discipline keeps `{{{…}}}` for `page.content`.
        #expect(try render("{{{text}}}") == "<b>&")
    }

    @Test func renderedMarkdownIsWrittenAsIsByTripleBraces() throws {
        #expect(try render("{{{html}}}") == "<p>x</p>")
        #expect(try render("{{html}}") == "&lt;p&gt;x&lt;/p&gt;")
        #expect(try render("{{#html}}yes{{/html}}{{^html}}no{{/html}}") == "yes")
        #expect(try render("{{{uppercased(html)}}}") == "<P>X</P>", "text transforms apply as to a text")
        #expect(try render("[{{html.html}}]") == "[]", "no field of the HTML is reachable by reflection")
    }

    @Test func flagsNumbersListsAndObjectsRenderAsTheirValues() throws {
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}") == "Ynot")
        #expect(try render("{{count}}") == "42")
        #expect(try render("{{#people}}{{^first()}}, {{/first()}}{{name}}{{/people}}") == "A, B")
        #expect(try render("{{#words}}{{.}} {{/words}}") == "pear apple ")
        #expect(try render("{{#sorted(words)}}{{.}} {{/sorted(words)}}") == "apple pear ")
        #expect(try render("{{^empty}}none{{/empty}}{{#empty(empty)}}!{{/empty(empty)}}") == "none!")
        #expect(try render("{{nested.inner.leaf}} {{#nested}}{{#inner}}{{leaf}}{{/inner}}{{/nested}}") == "deep deep")
        #expect(try render("[{{missing}}{{nested.missing}}{{#missing}}x{{/missing}}]") == "[]")
        #expect(try render("{{#people}}{{count}}{{/people}}") == "4242", "names are looked up the context stack")
    }
}
