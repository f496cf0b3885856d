import Links

/// `raw_html: sanitize`: rewrites each piece of raw HTML tag by tag, keeping allow-listed tags
/// with allow-listed attributes and dropping everything else.
///
/// The output is rebuilt from the tokens, never copied: kept tags are written anew with
/// double-quoted attribute values, comments are dropped and a `<` that opens no tag becomes
/// `&lt;`. So a browser reads the output exactly as the sanitizer meant it, whatever trick the
/// input played, and every piece ends outside any tag or comment, which matters because
/// cmark splits inline HTML into one piece per tag.
enum RawHTMLSanitizer {
    struct Removal: Hashable {
        /// Offset in the piece, in Unicode scalars.
        var offset: Int
        var message: String
    }

    /// Tags kept (with the attributes below).
    static let allowedTags: Set<String> = [
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption",
        "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source",
        "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    ]

    /// Tags removed with everything up to their end tag: code, styles, embedded documents,
    /// text a browser does not read as HTML, and SVG and MathML, whose parsing rules differ.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "frameset", "noscript", "noembed", "noframes", "template",
        "textarea", "title", "xmp", "plaintext", "select", "svg", "math",
    ]

    /// Attributes any kept tag may have (and `aria-*`).
    static let globalAttributes: Set<String> = ["title", "lang", "dir", "class", "id", "align"]

    /// Further attributes by tag; URL attributes are in `urlAttributes` as well.
    static let tagAttributes: [String: Set<String>] = [
        "a": ["href", "name", "target", "rel", "hreflang"],
        "img": ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
        "video": ["src", "poster", "controls", "width", "height", "loop", "muted", "playsinline", "preload"],
        "audio": ["src", "controls", "loop", "muted", "preload"],
        "source": ["src", "srcset", "sizes", "type", "media"],
        "track": ["src", "kind", "srclang", "label", "default"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "time": ["datetime"], "ol": ["start", "reversed", "type"], "li": ["value"], "details": ["open"],
        "td": ["colspan", "rowspan", "headers"], "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
        "col": ["span"], "colgroup": ["span"],
    ]

    /// Attributes holding a URL (or, for `srcset`, a list of them), with what the URL is for.
    static func urlPurpose(of attribute: String, in tag: String) -> URLPurpose? {
        switch (attribute, tag) {
        case ("src", "img"), ("srcset", _), ("poster", _): return .image
        case ("href", _), ("src", _), ("cite", _): return .link
        default: return nil
        }
    }

    static func sanitize(_ html: String) -> (html: String, removals: [Removal]) {
        var output = ""
        var removals: [Removal] = []
        /// The element being dropped with its content, and how deeply it is nested in itself.
        var dropping: (name: String, depth: Int)?
        for (offset, token) in HTMLTagTokenizer.tokens(of: html) {
            if let current = dropping {
                switch token {
                case .startTag(let tag) where tag.name == current.name:
                    dropping?.depth += 1
                case .endTag(let name) where name == current.name:
                    dropping = current.depth > 1 ? (current.name, current.depth - 1) : nil
                default:
                    break
                }
                continue
            }
            switch token {
            case .text(let text):
                output += text == "<" ? "&lt;" : text
            case .comment:
                break
            case .unterminated(let text):
                output += HTMLEscaping.escape(text)
                removals.append(Removal(offset: offset, message: "raw HTML: a tag or comment that is not closed is shown as text"))
            case .endTag(let name):
                if allowedTags.contains(name) { output += "</\(name)>" }
            case .startTag(let tag):
                if allowedTags.contains(tag.name) {
                    output += rebuilt(tag, offset: offset, removals: &removals)
                } else {
                    let foreignAndEmpty = tag.selfClosing && (tag.name == "svg" || tag.name == "math")
                    let withContent = droppedWithContent.contains(tag.name) && !foreignAndEmpty
                    if withContent { dropping = (tag.name, 1) }
                    removals.append(Removal(offset: offset, message: "raw HTML: removed <\(tag.name)>" + (withContent ? " and its content" : "")))
                }
            }
        }
        return (output, removals)
    }

    /// A kept tag written anew with the attributes it may keep; the first of duplicates wins,
    /// as in a browser.
    private static func rebuilt(_ tag: HTMLTagTokenizer.Tag, offset: Int, removals: inout [Removal]) -> String {
        var text = "<" + tag.name
        var seen: Set<String> = []
        for attribute in tag.attributes where seen.insert(attribute.name).inserted {
            let allowed = globalAttributes.contains(attribute.name) || attribute.name.hasPrefix("aria-")
                || tagAttributes[tag.name]?.contains(attribute.name) == true
            guard allowed else {
                removals.append(Removal(offset: offset, message: "raw HTML: removed attribute '\(attribute.name)' from <\(tag.name)>"))
                continue
            }
            guard let raw = attribute.rawValue else {
                text += " " + attribute.name
                continue
            }
            if let purpose = urlPurpose(of: attribute.name, in: tag.name), !isAllowed(raw, attribute: attribute.name, for: purpose) {
                let what = purpose == .image ? "an image URL that can be shown" : "a URL that can be linked"
                removals.append(Removal(offset: offset, message: "raw HTML: removed '\(attribute.name)' from <\(tag.name)>: '\(raw)' is not \(what)"))
                continue
            }
            text += " \(attribute.name)=\"" + escapedQuoted(raw) + "\""
        }
        return text + (tag.selfClosing ? "/>" : ">")
    }

    /// A raw attribute value made safe between double quotes. Its character references stay as
    /// written (so the browser decodes what the check decoded); `<` and `>` are escaped too, so
    /// that no reader, however naive, takes the value for a tag.
    private static func escapedQuoted(_ raw: String) -> String {
        var escaped = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Checks a URL attribute's value as a browser reads it: references decoded, and for
    /// `srcset` each candidate URL.
    private static func isAllowed(_ raw: String, attribute: String, for purpose: URLPurpose) -> Bool {
        let value = HTMLCharacterReferences.decodeAttributeValue(raw)
        guard attribute == "srcset" else { return LinkPolicy.allows(value, for: purpose) }
        return srcsetURLs(value).allSatisfy { LinkPolicy.allows($0, for: purpose) }
    }

    /// The URLs of a `srcset`, split as a browser splits them: candidates separated by commas,
    /// each URL up to ASCII whitespace (trailing commas not part of it), then its descriptors.
    static func srcsetURLs(_ value: String) -> [String] {
        let isSpace = HTMLTagTokenizer.isWhitespace
        var urls: [String] = []
        var rest = Substring(value).unicodeScalars
        while true {
            rest = rest.drop { isSpace($0) || $0 == "," }
            guard !rest.isEmpty else { return urls }
            let url = rest.prefix { !isSpace($0) }
            rest = rest[url.endIndex...]
            let trimmed = url.reversed().drop { $0 == "," }.reversed()
            urls.append(String(String.UnicodeScalarView(trimmed)))
            if trimmed.count < url.count { continue }
            var depth = 0
            rest = rest.drop { scalar in
                if scalar == "(" { depth += 1 }
                if scalar == ")" { depth = max(0, depth - 1) }
                return depth > 0 || scalar != ","
            }
        }
    }
}
