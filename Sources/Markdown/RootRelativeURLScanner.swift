import Foundation

/// Finds the root-relative URLs (`/files/x.pdf`, not `//host/x`) in the URL attributes of an
/// HTML text's tags, so that the base path can later be put in front of them without reading
/// the HTML again.
///
/// Tags and comments are read as `HTMLTagTokenizer` reads them (the HTML standard's tokenizer),
/// but over UTF-8 bytes and keeping only offsets, because this runs on every page's whole body.
/// Text, comments, end tags and escaped markup (`&lt;a href="/x"&gt;` in a code block or under
/// `raw_html: escape`) hold no URL; neither does a tag that the text ends inside.
enum RootRelativeURLScanner {
    /// Attributes that hold one URL, on any tag. A value counts from its first character
    /// as written: a character reference for the leading `/` (`&#47;x`) is not read.
    static let singleURLAttributes: [[UInt8]] = ["href", "src", "poster", "action", "formaction", "cite", "xlink:href"].map { Array($0.utf8) }
    /// Holds a list of image candidates, each a URL and descriptors (`/a.png 1x, /b.png 2x`).
    static let listAttribute = Array("srcset".utf8)
    /// Holds a URL on `<object>` only; elsewhere `data` is no URL.
    static let objectURLAttribute = Array("data".utf8)
    static let objectTag = Array("object".utf8)

    /// The UTF-8 offset ranges of the root-relative URLs, in order, each without the spaces a
    /// browser strips around it.
    static func ranges(in html: String) -> [Range<Int>] {
        ranges(in: html, rootRelativeOnly: true)
    }

    /// The UTF-8 offset ranges of every non-empty URL in those attributes, relative or not (for
    /// feeds, which make each one absolute).
    static func allURLRanges(in html: String) -> [Range<Int>] {
        ranges(in: html, rootRelativeOnly: false)
    }

    private static func ranges(in html: String, rootRelativeOnly: Bool) -> [Range<Int>] {
        var text = html
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, rootRelativeOnly: rootRelativeOnly)
            scanner.scan()
            return scanner.ranges
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Whether only URLs starting with one `/` are recorded.
        let rootRelativeOnly: Bool
        var index = 0
        var ranges: [Range<Int>] = []

        init(bytes: UnsafeBufferPointer<UInt8>, rootRelativeOnly: Bool) {
            self.bytes = bytes
            self.rootRelativeOnly = rootRelativeOnly
        }

        mutating func scan() {
            while let open = nextOpeningBracket() {
                index = open
                guard index + 1 < bytes.count else { return }
                let following = bytes[index + 1]
                if isLetter(following) {
                    index += 1
                    tag(isEnd: false)
                } else if following == UInt8(ascii: "/") {
                    guard index + 2 < bytes.count else { return }
                    if isLetter(bytes[index + 2]) {
                        index += 2
                        tag(isEnd: true)
                    } else {
                        bogusComment()
                    }
                } else if following == UInt8(ascii: "!") {
                    if hasPrefix("<!--") { comment() } else { bogusComment() }
                } else if following == UInt8(ascii: "?") {
                    bogusComment()
                } else {
                    index += 1
                }
            }
        }

        /// The offset of the next `<` from `index`: `memchr`, because most of a body is text.
        private func nextOpeningBracket() -> Int? {
            guard index < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        /// A start or end tag from its name (at `index`) to its `>`. URLs found in a tag that
        /// the text ends inside are dropped with it.
        private mutating func tag(isEnd: Bool) {
            let found = ranges.count
            let nameStart = index
            while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") {
                index += 1
            }
            let isObject = equalsIgnoringCase(nameStart..<index, objectTag)
            while index < bytes.count {
                let byte = bytes[index]
                if isWhitespace(byte) || byte == UInt8(ascii: "/") {
                    index += 1
                } else if byte == UInt8(ascii: ">") {
                    index += 1
                    return
                } else {
                    attribute(recording: !isEnd, onObject: isObject)
                }
            }
            ranges.removeSubrange(found...)
        }

        /// One attribute from its name's first character (a leading `=` belongs to the name);
        /// a URL attribute's root-relative URLs are recorded.
        private mutating func attribute(recording: Bool, onObject isObject: Bool) {
            let nameStart = index
            index += 1
            while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: "/"),
                  bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "=") {
                index += 1
            }
            let name = nameStart..<index
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return }
            index += 1
            skipWhitespace()
            guard index < bytes.count else { return }
            let value: Range<Int>
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                index = valueStart
                while index < bytes.count, bytes[index] != quote { index += 1 }
                value = valueStart..<index
                if index < bytes.count { index += 1 }
            } else {
                let valueStart = index
                while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                value = valueStart..<index
            }
            guard recording else { return }
            if RootRelativeURLScanner.singleURLAttributes.contains(where: { equalsIgnoringCase(name, $0) })
                || (isObject && equalsIgnoringCase(name, objectURLAttribute)) {
                record(value)
            } else if equalsIgnoringCase(name, listAttribute) {
                recordCandidates(value)
            }
        }

        /// The URLs of a `srcset`, split as a browser splits them: candidates separated by
        /// commas, each URL up to whitespace (trailing commas not part of it), then descriptors
        /// up to a comma outside parentheses.
        private mutating func recordCandidates(_ value: Range<Int>) {
            var position = value.lowerBound
            while true {
                while position < value.upperBound, isWhitespace(bytes[position]) || bytes[position] == UInt8(ascii: ",") { position += 1 }
                guard position < value.upperBound else { return }
                let urlStart = position
                while position < value.upperBound, !isWhitespace(bytes[position]) { position += 1 }
                var urlEnd = position
                while urlEnd > urlStart, bytes[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
                record(urlStart..<urlEnd)
                if urlEnd < position { continue }
                var depth = 0
                while position < value.upperBound {
                    let byte = bytes[position]
                    if byte == UInt8(ascii: "(") { depth += 1 }
                    if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                    if depth == 0, byte == UInt8(ascii: ",") { break }
                    position += 1
                }
            }
        }

        /// Records a URL, without the C0 controls and spaces a browser strips around it, when
        /// it starts with one `/` (or, when all URLs are wanted, when it is not empty).
        private mutating func record(_ value: Range<Int>) {
            var start = value.lowerBound
            var end = value.upperBound
            while start < end, bytes[start] <= 0x20 { start += 1 }
            while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
            guard start < end else { return }
            guard rootRelativeOnly else {
                ranges.append(start..<end)
                return
            }
            guard bytes[start] == UInt8(ascii: "/") else { return }
            if start + 1 < end, bytes[start + 1] == UInt8(ascii: "/") { return }
            ranges.append(start..<end)
        }

        /// `<!--` up to `-->` or `--!>`; `<!-->` and `<!--->` are whole comments.
        private mutating func comment() {
            index += 4
            if hasPrefix(">") || hasPrefix("->") {
                index += hasPrefix(">") ? 1 : 2
                return
            }
            while index < bytes.count {
                if hasPrefix("-->") {
                    index += 3
                    return
                }
                if hasPrefix("--!>") {
                    index += 4
                    return
                }
                index += 1
            }
        }

        /// `<!…>`, `<?…>` or `</…>` not naming a tag: a comment up to the next `>`.
        private mutating func bogusComment() {
            index += 2
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
            if index < bytes.count { index += 1 }
        }

        private mutating func skipWhitespace() {
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        }

        private func hasPrefix(_ prefix: StaticString) -> Bool {
            guard index + prefix.utf8CodeUnitCount <= bytes.count else { return false }
            let text = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            for (offset, byte) in text.enumerated() where bytes[index + offset] != byte { return false }
            return true
        }

        /// Whether the bytes in `range` spell `lowercase` in any ASCII case.
        private func equalsIgnoringCase(_ range: Range<Int>, _ lowercase: [UInt8]) -> Bool {
            guard range.count == lowercase.count else { return false }
            for (offset, byte) in lowercase.enumerated() {
                let candidate = bytes[range.lowerBound + offset]
                let lowered = candidate >= UInt8(ascii: "A") && candidate <= UInt8(ascii: "Z") ? candidate | 0x20 : candidate
                if lowered != byte { return false }
            }
            return true
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }

        /// HTML's whitespace between attributes: tab, line feed, form feed, carriage return, space.
        private func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }
    }
}
