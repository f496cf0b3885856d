import Foundation
import YAML

/// Rewrites the Liquid of a page's body where it is mechanical, and notes every other tag.
///
/// `{{ site.baseurl }}`, `{{ site.url }}`, `{{ base_path }}` and `{% include base_path %}` only
/// stand for the base path, which sitegen puts before root-relative links itself: they become
/// nothing. `{{ 'x' | relative_url }}` becomes `x`; `{% link path %}` and `{% post_url name %}`
/// become the URL the named file keeps; `{{ site.KEY }}` and `{{ site.author.KEY }}` become the
/// value `_config.yml` gives them. Anything else is left in place (sitegen's build leaves it out
/// of the page, with a warning) and noted; `{% raw %}` blocks are left as they are.
struct LiquidRewriter {
    /// The URL each Jekyll file keeps (`_posts/2024-07-15-x.md` → `/x/`), for `link` and `post_url`.
    var urls: [String: String]
    /// `site.KEY` and `site.author.KEY` values of `_config.yml`.
    var siteValues: [String: String]

    private static let tag = try! NSRegularExpression(pattern: #"\{\{-?\s*(.*?)\s*-?\}\}|\{%-?\s*(.*?)\s*-?%\}"#, options: [.dotMatchesLineSeparators])

    /// The rewritten body and a note for each tag left in place.
    func rewrite(_ body: String, file: String, firstLine: Int) -> (body: String, notes: [ImportNote]) {
        var result = ""
        var notes: [ImportNote] = []
        var inRaw = false
        var last = body.startIndex
        let range = NSRange(body.startIndex..., in: body)
        for match in Self.tag.matches(in: body, range: range) {
            guard let whole = Range(match.range, in: body) else { continue }
            let isOutput = match.range(at: 1).location != NSNotFound
            let inner = Range(match.range(at: isOutput ? 1 : 2), in: body).map { String(body[$0]) } ?? ""
            result += body[last..<whole.lowerBound]
            last = whole.upperBound
            let text = String(body[whole])
            if inRaw {
                result += text
                if !isOutput, inner == "endraw" { inRaw = false }
                continue
            }
            if !isOutput, inner == "raw" {
                inRaw = true
                result += text
                continue
            }
            if let replacement = isOutput ? output(inner) : statement(inner) {
                result += replacement
            } else {
                result += text
                let line = firstLine + body[..<whole.lowerBound].filter(\.isNewline).count
                notes.append(ImportNote(
                    file: file, line: line, subject: "`\(text.count > 60 ? String(text.prefix(57)) + "…" : text)`",
                    advice: "Liquid that sitegen does not run; the build leaves it out of the page with a warning: replace it with Markdown or delete it"))
            }
        }
        result += body[last...]
        return (result, notes)
    }

    /// `{{ … }}`: the base-path outputs, `relative_url`, and the site's own values.
    private func output(_ inner: String) -> String? {
        let expression = inner.replacingOccurrences(of: " ", with: "")
        if ["site.baseurl", "site.url", "base_path", "site.url|append:site.baseurl"].contains(expression) { return "" }
        let parts = inner.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, ["relative_url", "absolute_url"].contains(parts[1]),
           let first = parts[0].first, first == "'" || first == "\"", parts[0].last == first, parts[0].count >= 2 {
            return String(parts[0].dropFirst().dropLast())
        }
        if expression.hasPrefix("site."), let value = siteValues[String(expression.dropFirst(5))] { return value }
        return nil
    }

    /// `{% … %}`: `include base_path`, `link`, `post_url`.
    private func statement(_ inner: String) -> String? {
        let words = inner.split(separator: " ").map(String.init)
        guard words.count == 2 else { return nil }
        switch words[0] {
        case "include" where words[1] == "base_path": return ""
        case "link": return urls[words[1]]
        case "post_url": return urls.first { $0.key.hasPrefix("_posts/") && Self.stem(of: $0.key) == words[1] }?.value
        default: return nil
        }
    }

    /// A file's name without folder and extension.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}

extension LiquidRewriter {
    /// The scalar values of `_config.yml` and its `author:` block, as `site.KEY` and `site.author.KEY` read them.
    static func siteValues(of config: YAMLNode?) -> [String: String] {
        var values: [String: String] = [:]
        for pair in config?.mapping ?? [] {
            guard let key = pair.key.scalar?.text else { continue }
            if let text = ConfigMapping.text(pair.value) { values[key] = text }
        }
        for pair in config?["author"]?.mapping ?? [] {
            guard let key = pair.key.scalar?.text, let text = ConfigMapping.text(pair.value) else { continue }
            values["author." + key] = text
        }
        // Base-path values are resolved as the base path, never as the text of a setting.
        values["url"] = nil
        values["baseurl"] = nil
        return values
    }
}
