import Foundation

/// Finds `<img>` tags without an `alt` attribute in raw HTML that a Markdown body contains,
/// outside HTML comments (a commented-out image is shown to no one).
enum RawHTMLImages {
    static func sourcesWithoutAlt(in html: String) -> [String] {
        var sources: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<img", options: .caseInsensitive) {
            if let comment = rest[..<start.lowerBound].range(of: "<!--") {
                rest = rest[comment.upperBound...].range(of: "-->").map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
                continue
            }
            let tagEnd = rest[start.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[start.upperBound..<tagEnd]
            if let next = tag.first, next.isWhitespace || next == "/" || next == ">" || tag.isEmpty,
               attribute("alt", in: tag) == nil {
                sources.append(attribute("src", in: tag) ?? "")
            }
            rest = rest[tagEnd...]
        }
        return sources
    }

    /// The value of an attribute in a tag's text, quoted or not.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        var search = tag[...]
        while let found = search.range(of: name, options: .caseInsensitive) {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            var after = tag[found.upperBound...].drop(while: { $0 == " " })
            search = tag[found.upperBound...]
            guard before.isWhitespace || before == "/", after.first == "=" else { continue }
            after = after.dropFirst().drop(while: { $0 == " " })
            if let quote = after.first, quote == "\"" || quote == "'" {
                return String(after.dropFirst().prefix { $0 != quote })
            }
            return String(after.prefix { !$0.isWhitespace && $0 != ">" })
        }
        return nil
    }
}
