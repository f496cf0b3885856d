import Foundation
import Links
import TeXMath

/// Pages written as plain text: no front matter and no Markdown marks, one paragraph per line.
///
/// Such a page would run together into one paragraph as Markdown; read as plain text, each
/// line is its own paragraph, and a short line with no closing punctuation that is followed
/// by text becomes a section heading (with an id, like any heading).
public enum PlainText {
    /// True when no line shows Markdown: no heading, list, quote, fence, table, HTML, emphasis,
    /// link, code or indented block.
    public static func isPlainText(_ text: String) -> Bool {
        var lineCount = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            lineCount += 1
            if rawLine.hasPrefix("    ") || rawLine.hasPrefix("\t") { return false }
            if let first = line.first, "#>|<".contains(first) { return false }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("```") || line.hasPrefix("~~~") {
                return false
            }
            if line.allSatisfy({ $0 == "=" || $0 == "-" || $0 == "*" || $0 == "_" }) { return false }
            let digits = line.prefix(while: \.isNumber)
            if !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")",
               line.dropFirst(digits.count + 1).first == " " { return false }
            for mark in ["**", "__", "](", "`", "![", "<br", "[^", "~~", "&nbsp;"] where line.contains(mark) { return false }
        }
        return lineCount > 1
    }

    /// A line that can serve as a title or heading: short, and not ending like a sentence.
    static func isTitleLike(_ line: String, maximumLength: Int = 80) -> Bool {
        guard !line.isEmpty, line.count <= maximumLength, let last = line.last else { return false }
        return !".!?:;,".contains(last)
    }

    /// Renders plain text. A `$` there is more often a price than a formula, so only display
    /// formulas (`$$…$$`, `\[…\]`, environments) are converted.
    public static func render(_ text: String, extractTitle: Bool, mathMacros: MathMacros = .none) -> MarkdownDocument {
        let spans = MathScanner.spans(in: text, displayOnly: true)
        guard !spans.isEmpty else { return render(lines: text, extractTitle: extractTitle, math: nil, mathMacros: mathMacros) }
        let math = MathPlaceholders(source: text, spans: spans)
        return render(lines: math.text, extractTitle: extractTitle, math: math, mathMacros: mathMacros)
    }

    private static func render(lines text: String, extractTitle: Bool, math: MathPlaceholders?, mathMacros: MathMacros) -> MarkdownDocument {
        let shown = { (line: String) in math?.restore(line) ?? line }
        var lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var title: String?
        if extractTitle, let first = lines.first, isTitleLike(first), lines.count > 1, math?.holdsPlaceholder(first) != true {
            title = first
            lines.removeFirst()
        }
        var slugger = HeadingSlugger()
        var headings: [MarkdownDocument.Heading] = []
        var html = ""
        var summary: String?
        for (index, line) in lines.enumerated() {
            let followedByText = index + 1 < lines.count
            if let math, math.soleFormula(in: line) != nil {
                html += line + "\n"
            } else if followedByText, isTitleLike(line, maximumLength: 60), line.split(separator: " ").count <= 8, math?.holdsPlaceholder(line) != true {
                let id = slugger.uniqueSlug(for: line)
                headings.append(.init(level: 2, id: id, text: line))
                html += "<h2 id=\"\(id)\">\(HTMLEscaping.escape(line))</h2>\n"
            } else {
                summary = summary ?? shown(line)
                html += "<p>\(HTMLEscaping.escape(line))</p>\n"
            }
        }
        guard let math else { return MarkdownDocument(html: html, headings: headings, extractedTitle: title, summary: summary) }
        let converted = BodyMath.substitute(in: html, math: math, converting: Set(math.spans.indices), macros: mathMacros)
        return MarkdownDocument(
            html: converted.html, headings: headings, extractedTitle: title, summary: summary, notices: converted.notices, hasMath: true)
    }
}
