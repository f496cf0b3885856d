import Markdown

/// What one HTML page holds that a check needs: its ids, the URLs its tags point to, and its
/// images without an `alt` attribute, each at its line and column in the page.
///
/// The page is read with the tokenizer the Markdown sanitizer uses, the way a browser splits
/// tags; the text of `<script>`, `<style>`, `<textarea>` and `<title>` is skipped, since what
/// looks like a tag there is not one.
public struct PageScan: Sendable {
    /// A 1-based line and column (in Unicode scalars) in the page.
    public struct Place: Sendable, Hashable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// An `id` (or an `<a name>`) and where its tag starts.
    public struct Identifier: Sendable {
        public var value: String
        public var place: Place
    }

    /// An image tag that has no `alt` attribute at all (`alt=""` marks a decorative image, and
    /// is fine).
    public struct ImageWithoutAlt: Sendable {
        public var source: String
        public var place: Place
    }

    public var identifiers: [Identifier] = []
    public var references: [PageReference] = []
    public var imagesWithoutAlt: [ImageWithoutAlt] = []
    /// Whether the page sends readers on at once (`<meta http-equiv="refresh">`): a redirect
    /// page, which no link needs to reach.
    public var isRedirect = false

    /// The attributes that hold one URL, by tag; `srcset` holds several and is read apart.
    static let urlAttributes: [String: [String]] = [
        "a": ["href"], "area": ["href"], "link": ["href"], "img": ["src"], "source": ["src"], "script": ["src"],
        "iframe": ["src"], "embed": ["src"], "video": ["src", "poster"], "audio": ["src"], "track": ["src"],
        "object": ["data"], "form": ["action"], "blockquote": ["cite"], "q": ["cite"],
    ]

    /// Elements whose text is not HTML: what they hold is skipped up to their end tag.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    public init(html: String) {
        let lines = ScalarLines(html)
        var skippingUntil: String?
        for (offset, token) in HTMLTagTokenizer.tokens(of: html) {
            if let element = skippingUntil {
                if case .endTag(let name) = token, name == element { skippingUntil = nil }
                continue
            }
            guard case .startTag(let tag) = token else { continue }
            record(tag, at: lines.place(ofScalar: offset))
            if Self.rawTextElements.contains(tag.name), !tag.selfClosing { skippingUntil = tag.name }
        }
    }

    private mutating func record(_ tag: HTMLTagTokenizer.Tag, at place: Place) {
        func value(_ name: String) -> String? {
            tag.attributes.first { $0.name == name }.map { HTMLCharacterReferences.decodeAttributeValue($0.rawValue ?? "") }
        }
        if tag.name == "meta", value("http-equiv")?.lowercased() == "refresh" { isRedirect = true }
        if let id = value("id") {
            identifiers.append(Identifier(value: id, place: place))
        } else if tag.name == "a", let name = value("name") {
            identifiers.append(Identifier(value: name, place: place))
        }
        for attribute in Self.urlAttributes[tag.name] ?? [] {
            guard let url = value(attribute) else { continue }
            let trimmed = url.trimmingASCIIWhitespace()
            guard !trimmed.isEmpty else { continue }
            references.append(PageReference(tag: tag.name, attribute: attribute, url: trimmed, relation: value("rel"), place: place))
        }
        if tag.name == "img" || tag.name == "source", let srcset = value("srcset") {
            for candidate in Self.candidates(inSrcset: srcset) {
                references.append(PageReference(tag: tag.name, attribute: "srcset", url: candidate, relation: nil, place: place))
            }
        }
        if tag.name == "img", value("alt") == nil {
            imagesWithoutAlt.append(ImageWithoutAlt(source: value("src") ?? "", place: place))
        }
    }

    /// The URLs of a `srcset`: comma-separated candidates, each a URL and an optional descriptor.
    static func candidates(inSrcset srcset: String) -> [String] {
        srcset.split(separator: ",").compactMap { candidate in
            candidate.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init)
        }
    }
}

extension String {
    /// Without HTML's whitespace at either end, as a browser reads a URL attribute.
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
