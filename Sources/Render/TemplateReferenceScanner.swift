/// Finds the partials (`{{> name}}`) and parent layouts (`{{< name}}`) a Mustache template
/// refers to, with their positions, honouring set-delimiter tags (`{{=<% %>=}}`).
///
/// swift-mustache renders a missing partial or parent as nothing; sitegen checks them first.
struct TemplateReferenceScanner {
    struct Reference: Equatable {
        var name: String
        var line: Int
        var column: Int
        var isParent: Bool
    }

    static func references(in text: String) -> [Reference] {
        let scalars = Array(text.unicodeScalars)
        var open = Array("{{".unicodeScalars)
        var close = Array("}}".unicodeScalars)
        var references: [Reference] = []
        var index = 0
        var line = 1
        var lineStart = 0

        func matches(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + pattern.count <= scalars.count else { return false }
            for offset in pattern.indices where scalars[position + offset] != pattern[offset] { return false }
            return true
        }

        while index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let tagLine = line
            let tagColumn = index - lineStart + 1
            var end = index + open.count
            while end < scalars.count, !matches(close, at: end) {
                if scalars[end] == "\n" {
                    line += 1
                    lineStart = end + 1
                }
                end += 1
            }
            let body = String(String.UnicodeScalarView(scalars[(index + open.count)..<min(end, scalars.count)]))
            index = min(end + close.count, scalars.count)
            if body.hasPrefix("{"), matches(["}"], at: index) { index += 1 }
            let trimmed = body.trimmingWhitespace()
            guard let sigil = trimmed.first else { continue }
            if sigil == "=", trimmed.hasSuffix("=") {
                let delimiters = trimmed.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                if delimiters.count == 2 {
                    open = Array(delimiters[0].unicodeScalars)
                    close = Array(delimiters[1].unicodeScalars)
                }
            } else if sigil == ">" || sigil == "<" {
                let name = String(trimmed.dropFirst()).trimmingWhitespace()
                guard !name.hasPrefix("*"), !name.isEmpty else { continue }
                references.append(Reference(name: name, line: tagLine, column: tagColumn, isParent: sigil == "<"))
            }
        }
        return references
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
