import Foundation
import Markdown
import YAML

/// Rewrites the Liquid of a page's body where it is mechanical, and notes every other tag.
///
/// `{{ site.baseurl }}`, `{{ site.url }}`, `{{ base_path }}` and `{% include base_path %}` only
/// stand for the base path, which sitegen puts before root-relative links itself: they become
/// nothing. `{{ 'x' | relative_url }}` becomes `/x`; `{% link path %}` and `{% post_url name %}`
/// become the URL the named file keeps; `{{ site.KEY }}` and `{{ site.author.KEY }}` become the
/// value `_config.yml` gives them; figure includes and `{% highlight %}` become the markup they
/// stand for (`LiquidMarkup`). `{% if %}`, `{% unless %}`, `{% elsif %}` and `{% else %}`
/// whose conditions read only `_config.yml` keep the branch Jekyll showed and lose the others.
/// Anything else is left in place (sitegen's build leaves it out of the page, with a warning)
/// and noted, one note for each block of such tags (a loop with what it holds); `{% raw %}`
/// blocks are left as they are. A tag removed from a line left otherwise blank takes the line
/// with it.
struct LiquidRewriter {
    /// The URL each Jekyll file keeps (`_posts/2024-07-15-x.md` → `/x/`), for `link` and `post_url`.
    var urls: [String: String]
    /// `site.KEY` and `site.author.KEY` values of `_config.yml`.
    var siteValues: [String: String]
    /// Conditions on `_config.yml`, as Jekyll evaluated them.
    var conditions = LiquidCondition(site: [:], generated: [])

    private static var tag: Regex<(Substring, Substring?, Substring?)> { #/\{\{-?\s*(.*?)\s*-?\}\}|\{%-?\s*(.*?)\s*-?%\}/#.dotMatchesNewlines() }

    /// An open `{% if %}` or `{% unless %}`: whether its condition was known, and which branch shows.
    private struct Branching {
        var evaluated: Bool
        var showing: Bool
        var taken: Bool
    }

    /// The rewritten body and a note for each tag left in place.
    func rewrite(_ body: String, file: String, firstLine: Int) -> (body: String, notes: [ImportNote]) {
        var rewritten = rewrite(body, file: file, firstLine: firstLine, evaluating: true)
        if !rewritten.balanced {
            // An `{% if %}` never closed broke Jekyll's build too; nothing of the page is dropped for it.
            rewritten = rewrite(body, file: file, firstLine: firstLine, evaluating: false)
        }
        return (rewritten.body, rewritten.notes)
    }

    private func rewrite(_ body: String, file: String, firstLine: Int, evaluating: Bool) -> (body: String, notes: [ImportNote], balanced: Bool) {
        var result = ""
        var kept = KeptLiquid(file: file)
        var inRaw = false
        var branches: [Branching] = []
        var showing: Bool { branches.allSatisfy(\.showing) }
        var last = body.startIndex
        for match in body.matches(of: Self.tag) {
            let whole = match.range
            guard whole.lowerBound >= last else { continue }
            let isOutput = match.output.1 != nil
            let inner = String(match.output.1 ?? match.output.2 ?? "")
            let text = String(body[whole])
            let shownBefore = showing
            if shownBefore { result += body[last..<whole.lowerBound] }
            last = whole.upperBound
            if inRaw || (!isOutput && inner == "raw") {
                if shownBefore { result += text }
                inRaw = !(inRaw && !isOutput && inner == "endraw")
                continue
            }
            let replacement: String?
            if !isOutput, evaluating, let branching = branch(inner, branches: &branches, shown: shownBefore) {
                replacement = branching ? "" : nil
            } else if !shownBefore {
                continue
            } else {
                replacement = isOutput ? output(inner) : statement(inner)
            }
            guard var replacement else {
                if shownBefore || showing {
                    result += text
                    kept.add(text, name: isOutput ? "" : String(inner.prefix { !$0.isWhitespace && $0 != "-" }),
                             line: firstLine + body[..<whole.lowerBound].filter(\.isNewline).count)
                }
                continue
            }
            if replacement.hasPrefix("```") {
                // A code fence stands on a line of its own.
                if !result.reversed().prefix(while: { !$0.isNewline }).allSatisfy({ $0 == " " || $0 == "\t" }) { replacement = "\n" + replacement }
                if Self.nextLine(after: whole, in: body) == nil { replacement += "\n" }
            }
            result += replacement
            if replacement.isEmpty, !isOutput, let next = Self.nextLine(after: whole, in: body) {
                let written = result.reversed().prefix { !$0.isNewline }
                if written.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    result.removeLast(written.count)
                    last = next
                }
            }
        }
        if showing { result += body[last...] }
        return (result, kept.notes, !branches.contains(where: \.evaluated))
    }

    /// Follows `if`, `unless`, `elsif`, `else`, `endif` and `endunless`: `true` when the tag is
    /// settled here and removed, `false` when it belongs to a condition only Jekyll could know
    /// (and stays), `nil` when it is no such tag.
    private func branch(_ inner: String, branches: inout [Branching], shown: Bool) -> Bool? {
        let words = inner.split(separator: " ", maxSplits: 1).map(String.init)
        let condition = words.count > 1 ? words[1] : ""
        switch words.first {
        case "if", "unless":
            guard shown else {
                branches.append(Branching(evaluated: true, showing: false, taken: true))
                return true
            }
            guard let truth = conditions.evaluate(condition) else {
                branches.append(Branching(evaluated: false, showing: true, taken: false))
                return false
            }
            let shows = words.first == "if" ? truth : !truth
            branches.append(Branching(evaluated: true, showing: shows, taken: shows))
            return true
        case "elsif", "else":
            guard var top = branches.popLast() else { return nil }
            defer { branches.append(top) }
            guard top.evaluated else { return false }
            if top.taken {
                top.showing = false
            } else if words.first == "else" {
                top.showing = true
                top.taken = true
            } else if let truth = conditions.evaluate(condition) {
                top.showing = truth
                top.taken = truth
            } else {
                // Jekyll would choose between this branch and the rest; both stay, with their tags.
                top = Branching(evaluated: false, showing: true, taken: false)
                return false
            }
            return true
        case "endif", "endunless":
            guard let top = branches.popLast() else { return nil }
            return top.evaluated
        default:
            return nil
        }
    }

    /// Where the line after the tag starts, when nothing but spaces follows the tag on its line.
    private static func nextLine(after tag: Range<String.Index>, in body: String) -> String.Index? {
        let rest = body[tag.upperBound...]
        let newline = rest.firstIndex(where: \.isNewline) ?? body.endIndex
        guard rest[..<newline].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return newline == body.endIndex ? newline : body.index(after: newline)
    }

    /// `{{ … }}`: the base-path outputs, `relative_url`, and the site's own values.
    private func output(_ inner: String) -> String? {
        let expression = inner.replacingOccurrences(of: " ", with: "")
        if LiquidRewrite.basePathOutputs.contains(expression) { return "" }
        // One quoted path, as Jekyll's filters read it: the base path goes before it, so it starts at the root.
        if let path = LiquidRewrite.literalPath(inner) { return path }
        if expression.hasPrefix("site."), let value = siteValues[String(expression.dropFirst(5))] { return value }
        return nil
    }

    /// `{% … %}`: `include base_path`, `link`, `post_url`, and the tags `LiquidMarkup` writes out.
    private func statement(_ inner: String) -> String? {
        if let markup = LiquidMarkup.replacement(for: inner) { return markup }
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
