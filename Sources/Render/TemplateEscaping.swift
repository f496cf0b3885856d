import Links
import Mustache

/// How `{{…}}` escapes a text in sitegen's templates: as swift-mustache's own HTML content
/// type does (`&`, `<`, `>`, `"` and `'`), but byte by byte, and without a copy when there is
/// nothing to escape. swift-mustache's own goes character by character through a dictionary,
/// which made it the largest single cost of rendering.
///
/// swift-mustache starts every template with its own HTML type, and a template picks another
/// only with a pragma; `TemplateSet` therefore compiles each template behind `pragma`, a
/// line of its own (which Mustache removes from the output).
struct TemplateEscaping: MustacheContentType {
    static let name = "SITEGEN_HTML"

    /// The first line put before every template's text. `registered` must be read first.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache, once.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text, apostrophe: "&#39;")
    }
}
