import Foundation

/// What becomes of the Liquid in a Jekyll page's Markdown body, since sitegen does not run
/// Liquid: nothing of it is published as written. Each tag outside code is told at its line
/// and column, and
/// - `{{ site.baseurl }}`, `{{ site.url }}` and academicpages' `{{ base_path }}` become
///   nothing: they are only the base path, which sitegen puts before root-relative URLs
///   itself, so `{{ site.baseurl }}/files/cv.pdf` is the link `/files/cv.pdf`;
/// - `{{ '/x.pdf' | relative_url }}` (or `absolute_url`) becomes `/x.pdf`;
/// - any other tag is left out (what a block tag such as `{% if %}` holds stays).
/// As in Jekyll, `{% raw %}` … `{% endraw %}` gives what it holds as it is, and
/// `{% comment %}` … `{% endcomment %}` gives nothing; neither is told. Line breaks in what is
/// left out are kept, so the body's lines keep their numbers.
public struct LiquidRewrite: Sendable {
    /// The body as sitegen reads it.
    public var text: String
    public var notices: [MarkdownDocument.Notice]

    /// The rewrite of `body`, or nil when it holds no Liquid.
    public static func apply(to body: String) -> LiquidRewrite? {
        guard LiquidScanner.mayHoldLiquid(body) else { return nil }
        let tags = LiquidScanner.tags(in: body)
        guard !tags.isEmpty else { return nil }
        let bytes = Array(body.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var notices: [MarkdownDocument.Notice] = []
        var positions = PositionCounter(bytes: bytes)
        var copied = 0
        var index = 0
        while index < tags.count {
            let tag = tags[index]
            output += bytes[copied..<tag.range.lowerBound]
            var removed = tag.range
            switch tag.name {
            case "raw", "endraw":
                break
            case "comment":
                if let end = tags[(index + 1)...].firstIndex(where: { $0.name == "endcomment" }) {
                    removed = tag.range.lowerBound..<tags[end].range.upperBound
                    index = end
                }
            default:
                let (replacement, meaning) = Self.reading(of: tag)
                output += replacement.utf8
                let place = positions.place(of: tag.range.lowerBound)
                notices.append(MarkdownDocument.Notice(
                    line: place.line, column: place.column,
                    message: "Liquid is not run by sitegen: \(Self.shown(tag.written)) \(meaning); `sitegen import` rewrites the common ones"))
            }
            output += bytes[removed].filter { $0 == UInt8(ascii: "\n") }
            copied = removed.upperBound
            index += 1
        }
        output += bytes[copied...]
        return LiquidRewrite(text: String(decoding: output, as: UTF8.self), notices: notices)
    }

    /// The outputs that stand for the base path alone, white space left out (`sitegen import`
    /// reads them the same way).
    public static let basePathOutputs: Set<String> = [
        "site.baseurl", "site.url", "base_path", "site.url|append:site.baseurl", "site.baseurl|prepend:site.url",
    ]

    /// What a tag other than raw and comment becomes, and how the message says so.
    static func reading(of tag: LiquidTag) -> (replacement: String, meaning: String) {
        guard tag.kind == .output else { return ("", "is left out of the page") }
        let compact = tag.content.filter { $0 != " " }
        if basePathOutputs.contains(compact) {
            return ("", "is read as the site's base path, which sitegen puts before root-relative links itself")
        }
        if let path = Self.literalPath(tag.content) {
            return (path, "is read as \(path)")
        }
        return ("", "is left out of the page")
    }

    /// `'/x.pdf' | relative_url` (or `absolute_url`, either quote): the path, root-relative; nil
    /// for anything else, such as a literal holding its own quote, a URL or a line break.
    public static func literalPath(_ content: String) -> String? {
        let parts = content.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[1] == "relative_url" || parts[1] == "absolute_url" else { return nil }
        let literal = parts[0]
        guard literal.count >= 2, let quote = literal.first, quote == "'" || quote == "\"", literal.last == quote else { return nil }
        let path = literal.dropFirst().dropLast()
        guard !path.contains(quote), !path.contains(":"), !path.contains(where: \.isNewline) else { return nil }
        return path.hasPrefix("/") ? String(path) : "/" + path
    }

    /// A tag as a message shows it: at most 60 characters.
    static func shown(_ written: String) -> String {
        written.count <= 60 ? written : written.prefix(59) + "…"
    }
}

/// Lines and columns (of Unicode scalars, from 1) of offsets asked for in increasing order.
private struct PositionCounter {
    let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func place(of target: Int) -> (line: Int, column: Int) {
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return (line, column)
    }
}
