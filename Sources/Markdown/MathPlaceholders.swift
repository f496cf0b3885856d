import Diagnostics
import Foundation

/// A Markdown body with each formula replaced by a placeholder, so that cmark-gfm reads no
/// `_`, `*`, `|` or backslash inside a formula.
///
/// A placeholder is two private-use characters around the formula's index (`U+E000 12 U+E001`,
/// or another pair when the body itself holds one of them): cmark-gfm takes such characters as
/// letters, so a placeholder never splits, never flanks emphasis and never starts a block.
/// Where cmark-gfm then puts one into code, raw HTML, a URL or an image's description, the
/// formula's source is given back as written (`restore`).
struct MathPlaceholders {
    let spans: [MathSpan]
    /// The body with placeholders, as cmark-gfm reads it.
    let text: String
    private let source: [UInt8]
    private let open: Unicode.Scalar
    private let close: Unicode.Scalar
    /// `open` and `close` as UTF-8 (three bytes each): placeholders are found among bytes.
    private let openBytes: [UInt8]
    private let closeBytes: [UInt8]
    /// Where each placeholder stands in `text`, by UTF-8 offsets, in order.
    private let placed: [Range<Int>]

    init(source text: String, spans: [MathSpan]) {
        self.spans = spans
        source = Array(text.utf8)
        var pair: UInt32 = 0xE000
        while source.withUnsafeBufferPointer({ body in
            [pair, pair + 1].contains { Self.find(Self.utf8(of: $0), in: body, from: 0) != nil }
        }) { pair += 2 }
        // Private-use characters up to U+F8FF: a body cannot hold all 3,200 pairs and stay small.
        open = Unicode.Scalar(pair) ?? "\u{E000}"
        close = Unicode.Scalar(pair + 1) ?? "\u{E001}"
        openBytes = Self.utf8(of: open.value)
        closeBytes = Self.utf8(of: close.value)
        var output: [UInt8] = []
        output.reserveCapacity(source.count + spans.count * 8)
        var placed: [Range<Int>] = []
        var copied = 0
        for (index, span) in spans.enumerated() {
            output.append(contentsOf: source[copied..<span.whole.lowerBound])
            let start = output.count
            output.append(contentsOf: Self.token(index, open: open, close: close).utf8)
            placed.append(start..<output.count)
            copied = span.whole.upperBound
        }
        output.append(contentsOf: source[copied...])
        self.text = String(decoding: output, as: UTF8.self)
        self.placed = placed
    }

    /// The UTF-8 of a private-use character (three bytes).
    private static func utf8(of scalar: UInt32) -> [UInt8] {
        Array(String(Unicode.Scalar(scalar) ?? "\u{E000}").utf8)
    }

    private static func token(_ index: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> String {
        String(open) + String(index) + String(close)
    }

    /// The formula as written in the body, delimiters included.
    func written(_ index: Int) -> String {
        String(decoding: source[spans[index].whole], as: UTF8.self)
    }

    /// The TeX the converter is given.
    func tex(_ index: Int) -> String {
        String(decoding: source[spans[index].tex], as: UTF8.self)
    }

    /// Whether `text` holds a placeholder.
    func holdsPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { Self.find(openBytes, in: $0, from: 0) != nil }
    }

    /// Whether a node's text, as cmark-gfm holds it, holds a placeholder: asked of every text
    /// node, so without making a Swift string of each.
    func holdsPlaceholder(cString text: UnsafePointer<CChar>) -> Bool {
        text.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            Self.find(openBytes, in: UnsafeBufferPointer(start: bytes, count: strlen(text)), from: 0) != nil
        }
    }

    /// The index of the formula when `text` is one placeholder and nothing else but spaces.
    func soleFormula(in text: String) -> Int? {
        guard holdsPlaceholder(text) else { return nil }
        var found: Int?
        let rest = replacing(in: text) { index in
            found = found == nil ? index : -1
            return ""
        }
        guard let index = found, index >= 0,
              rest.utf8.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) else { return nil }
        return index
    }

    /// `text` with each placeholder given back as the formula was written.
    func restore(_ text: String) -> String {
        replacing(in: text, with: written)
    }

    /// `text` with each placeholder replaced by `replacement(index)`. Works on UTF-8 bytes,
    /// copying the text between placeholders whole: bodies are long, formulas few.
    func replacing(in text: String, with replacement: (Int) -> String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard var start = Self.find(openBytes, in: bytes, from: 0) else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            while true {
                output.append(contentsOf: bytes[copied..<start])
                let inside = start + openBytes.count
                guard let end = Self.find(closeBytes, in: bytes, from: inside) else {
                    copied = start
                    break
                }
                let digits = bytes[inside..<end]
                if !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }),
                   let index = Int(String(decoding: digits, as: UTF8.self)), spans.indices.contains(index) {
                    output.append(contentsOf: replacement(index).utf8)
                } else {
                    output.append(contentsOf: bytes[start..<end + closeBytes.count])
                }
                copied = end + closeBytes.count
                guard let next = Self.find(openBytes, in: bytes, from: copied) else { break }
                start = next
            }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Where `needle` (three bytes, its first not a continuation byte) first stands in `bytes`
    /// at or after `from`. `memchr` finds the candidates: a body is long, its placeholders few.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count == 3, let base = bytes.baseAddress else { return nil }
        var index = from
        while index + 3 <= bytes.count {
            guard let hit = memchr(base + index, Int32(needle[0]), bytes.count - index - 2) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bytes[found + 1] == needle[1], bytes[found + 2] == needle[2] { return found }
            index = found + 1
        }
        return nil
    }

    /// A UTF-8 offset of `text` as an offset of the body as written: inside a placeholder, the
    /// formula's start.
    func sourceOffset(of offset: Int) -> Int {
        var delta = 0
        for (index, range) in placed.enumerated() {
            if offset < range.lowerBound { break }
            let whole = spans[index].whole
            if offset < range.upperBound { return whole.lowerBound }
            delta = whole.upperBound - range.upperBound
        }
        return offset + delta
    }

    /// A notice placed in `text` (line, column in scalars) placed in the body as written.
    func moveToSource(_ notices: [MarkdownDocument.Notice]) -> [MarkdownDocument.Notice] {
        guard !notices.isEmpty else { return notices }
        let transformed = Array(text.utf8)
        var lineStarts = [0]
        for (offset, byte) in transformed.enumerated() {
            let isCROnly = byte == UInt8(ascii: "\r") && (offset + 1 == transformed.count || transformed[offset + 1] != UInt8(ascii: "\n"))
            if byte == UInt8(ascii: "\n") || isCROnly { lineStarts.append(offset + 1) }
        }
        let lines = LineIndex(bytes: source)
        return notices.map { notice in
            var offset = lineStarts[min(max(notice.line, 1), lineStarts.count) - 1]
            var column = 1
            while column < notice.column, offset < transformed.count {
                offset += 1
                while offset < transformed.count, transformed[offset] & 0xC0 == 0x80 { offset += 1 }
                column += 1
            }
            let place = lines.position(ofByte: sourceOffset(of: offset))
            return MarkdownDocument.Notice(line: place.line, column: place.column, message: notice.message)
        }
    }

    /// The body position (line, column in scalars) of a UTF-8 offset into formula `index`'s TeX.
    func position(in index: Int, offset: Int, lines: LineIndex) -> (line: Int, column: Int) {
        let tex = spans[index].tex
        return lines.position(ofByte: min(tex.lowerBound + max(0, offset), tex.upperBound))
    }

    var sourceLines: LineIndex { LineIndex(bytes: source) }
}
