/// A Liquid tag of a Jekyll page's Markdown body: `{{ output }}` or `{% tag %}`, by UTF-8
/// offsets into the body.
public struct LiquidTag: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{{ … }}`
        case output
        /// `{% … %}`
        case tag
    }

    public var kind: Kind
    /// The tag with its delimiters.
    public var range: Range<Int>
    /// What stands between the delimiters, without Liquid's `-` whitespace marks, its runs of
    /// white space made one space: `site.baseurl`, `include video.html id=3`.
    public var content: String
    /// The tag as written, for messages: its runs of white space made one space.
    public var written: String

    /// The tag's name: `include` for `{% include x %}`; empty for an output.
    public var name: Substring {
        kind == .tag ? content.prefix { $0 != " " } : ""
    }
}

/// Finds the Liquid tags of a Markdown body that Jekyll would run: not those in fenced code
/// blocks, code spans or formulas (`$\frac{{a}}{b}$` is TeX), and not what `{% raw %}` …
/// `{% endraw %}` holds. A `{{` or `{%` never closed before a blank line is text. Indented
/// code blocks are not told apart from indented text: Liquid there is found too.
enum LiquidScanner {
    /// Whether `text` may hold Liquid at all: the cheap test before a scan.
    static func mayHoldLiquid(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count > 1 else { return false }
            for index in 0..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "{") {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "{") || next == UInt8(ascii: "%") { return true }
            }
            return false
        } ?? (text.contains("{{") || text.contains("{%"))
    }

    static func tags(in text: String) -> [LiquidTag] {
        let bytes = Array(text.utf8)
        let formulas = MathScanner.spans(in: text).map(\.whole)
        var skipped = CodeRegions.find(in: bytes) + formulas
        skipped.sort { $0.lowerBound < $1.lowerBound }
        var tags: [LiquidTag] = []
        var index = 0
        var nextSkipped = 0
        while index < bytes.count - 1 {
            while nextSkipped < skipped.count, skipped[nextSkipped].upperBound <= index { nextSkipped += 1 }
            if nextSkipped < skipped.count, skipped[nextSkipped].contains(index) {
                index = skipped[nextSkipped].upperBound
                continue
            }
            guard bytes[index] == UInt8(ascii: "{"), let tag = tag(in: bytes, at: index) else {
                index += 1
                continue
            }
            tags.append(tag)
            index = tag.range.upperBound
            if tag.kind == .tag, tag.name == "raw", let end = closing("endraw", in: bytes, from: index) {
                index = end.lowerBound
            }
        }
        return tags
    }

    /// The tag opening at `start`, when it closes before a blank line.
    private static func tag(in bytes: [UInt8], at start: Int) -> LiquidTag? {
        let second = bytes[start + 1]
        let kind: LiquidTag.Kind
        let closer: UInt8
        switch second {
        case UInt8(ascii: "{"): (kind, closer) = (.output, UInt8(ascii: "}"))
        case UInt8(ascii: "%"): (kind, closer) = (.tag, UInt8(ascii: "%"))
        default: return nil
        }
        var index = start + 2
        while index < bytes.count - 1 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n"), Self.lineIsBlank(bytes, from: index + 1) { return nil }
            if byte == closer, bytes[index + 1] == UInt8(ascii: "}") {
                let inner = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
                let content = Self.collapsed(inner.trimmingWhitespaceMarks())
                guard !content.isEmpty, Self.looksLikeLiquid(content, kind: kind) else { return nil }
                let written = Self.collapsed(String(decoding: bytes[start..<(index + 2)], as: UTF8.self))
                return LiquidTag(kind: kind, range: start..<(index + 2), content: content, written: written)
            }
            index += 1
        }
        return nil
    }

    /// An output starts with a name or a quoted string (`{{ site.url }}`, `{{ 'x' | relative_url }}`),
    /// a tag with a name (`{% if … %}`): `{{2}}` and `{{ }}` are text.
    private static func looksLikeLiquid(_ content: String, kind: LiquidTag.Kind) -> Bool {
        guard let first = content.unicodeScalars.first else { return false }
        if first == "_" || (first.properties.isAlphabetic && first.isASCII) { return true }
        return kind == .output && (first == "'" || first == "\"")
    }

    /// The `{% name %}` tag that closes a raw block, from `index` on.
    private static func closing(_ name: String, in bytes: [UInt8], from index: Int) -> Range<Int>? {
        var at = index
        while at < bytes.count - 1 {
            if bytes[at] == UInt8(ascii: "{"), bytes[at + 1] == UInt8(ascii: "%"), let tag = tag(in: bytes, at: at),
               tag.name == name {
                return tag.range
            }
            at += 1
        }
        return nil
    }

    private static func lineIsBlank(_ bytes: [UInt8], from start: Int) -> Bool {
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return CodeRegions.isBlank(bytes, start..<end)
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

private extension String {
    /// Without Liquid's whitespace-control dashes (`{{- x -}}`) and the white space around.
    func trimmingWhitespaceMarks() -> String {
        var text = Substring(self).drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        if text.hasPrefix("-") { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text = text.dropLast() }
        if text.hasSuffix("-") { text = text.dropLast() }
        return String(text)
    }
}
