import TeXMath
import YAML

/// `math_macros:` in `site.yml`: TeX definitions every formula of the site knows.
extension SiteConfig {
    /// Reads `math_macros:`, one text or a list of texts of `\newcommand`, `\renewcommand` or
    /// `\def` definitions. A problem in one is a warning at its text, naming the offending part.
    mutating func decodeMathMacros(_ reader: inout YAMLObjectReader, decoder: YAMLDecoder) {
        guard let node = reader.node("math_macros") else { return }
        let texts: [YAMLNode]
        switch node.content {
        case .sequence(let items): texts = items
        case .scalar: texts = [node]
        case .mapping:
            decoder.error("'math_macros' must be a text or a list of texts of definitions such as \\newcommand{\\R}{\\mathbb{R}}", at: node)
            return
        }
        var definitions: [String] = []
        for text in texts {
            guard let value = String(yaml: text, decoder: decoder) else { continue }
            let parsed = MathMacros.parse(value)
            for problem in parsed.problems {
                let part = Self.part(of: value, offset: problem.offset, length: problem.length)
                decoder.warning("in math_macros: \(problem.message)" + (part.isEmpty ? "" : " ('\(part)')"), at: text)
            }
            if parsed.problems.isEmpty { definitions.append(value) }
        }
        mathMacros = MathMacros.parse(definitions.joined(separator: "\n")).macros
    }

    /// The UTF-8 bytes `offset..<offset+length` of `text`, at most 40 of them.
    private static func part(of text: String, offset: Int, length: Int) -> String {
        let bytes = Array(text.utf8)
        let start = min(max(0, offset), bytes.count)
        let end = min(bytes.count, start + min(max(0, length), 40))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
