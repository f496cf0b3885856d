import Diagnostics
import Load
import Markdown
import Models
import Parse
@testable import Render
@testable import Site
import Testing

/// The render stage on its own, with a theme the test controls.
@Suite struct RenderTests {
    /// The built-in theme has every fallback template, so only a theme without them reaches this.
    @Test func aPageWithoutAnyTemplateIsAnError() throws {
        let theme = Theme(templates: ["home": Theme.Template(displayPath: "templates/home.mustache", text: "home")], assets: [:])
        let templates = try #require(TemplateSet.compile(theme).templates)
        let page = ParsedPage(
            sourcePath: "content/a.md", frontMatter: PageFrontMatter(), body: .empty,
            anchors: ["file": SourceAnchor(location: .start(of: "content/a.md"), line: "x")])
        let assembled = SiteAssembler(config: SiteConfig(title: "T"), buildDate: ContentDate(year: 2026, month: 1, day: 1), includeDrafts: false)
            .assemble([page])
        let output = PageRenderer(templates: templates).render(assembled.site)
        #expect(output.diagnostics.map(\.headline).sorted() == [
            "content/a.md:1:1: error: no template for this page: add templates/page.mustache",
            "error: no template for this page: add templates/404.mustache",
        ])
        #expect(output.files.map(\.path) == ["index.html"])
    }

    /// The owner's name is bold however an author list writes it: case, accents, dots and
    /// spacing do not count; anything else does.
    @Test func ownerNamesMatchWhateverTheirCaseAccentsDotsAndSpacing() {
        let owner = PersonNameKey(written: "L. Martin")
        for written in ["L. Martin", "l. martin", "L Martin", "L.Martin", "L.  Martin."] {
            #expect(PersonNameKey(written: written) == owner, "\(written)")
        }
        #expect(PersonNameKey(written: "Léa  MARTIN") == PersonNameKey(written: "Lea Martin"))
        #expect(!PersonNameKey(written: "Léa Martin").matches(PersonNameKey(written: "Léo Martin")))
        #expect(!PersonNameKey(written: "L. Martin").matches(PersonNameKey(written: "L. Martinez")))
    }

    /// `{{…}}` escapes `&`, `<`, `>`, `"` and `'` in a template, in its partials and in a
    /// layout's blocks alike, also a quote that a combining mark follows; `{{{…}}}` does not.
    @Test func templatesEscapeEveryQuoteAndNothingElse() throws {
        func template(_ name: String, _ text: String) -> (String, Theme.Template) {
            (name, Theme.Template(displayPath: "templates/\(name).mustache", text: text))
        }
        let theme = Theme(templates: Dictionary(uniqueKeysWithValues: [
            template("base", "<p>{{x}}</p>{{$main}}{{/main}}\n"),
            template("part", "[{{x}}]"),
            template("page", "{{<base}}{{$main}}{{x}}{{>part}}{{{x}}}{{/main}}{{/base}}\n"),
        ]), assets: [:])
        let templates = try #require(TemplateSet.compile(theme).templates)
        let view = ViewValue.object(["x": .text("L'a <b> & \"\u{301}é")])
        let escaped = "L&#39;a &lt;b&gt; &amp; &quot;\u{301}é"
        #expect(templates.library.render(view, withTemplate: "page") == "<p>\(escaped)</p>\(escaped)[\(escaped)]L'a <b> & \"\u{301}é\n\n")
    }
}
