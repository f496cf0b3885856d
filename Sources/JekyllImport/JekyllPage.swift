import Diagnostics
import YAML

/// A file of the Jekyll site split into its front matter (text and tree) and its body, as Jekyll
/// splits it: a first line `---`, YAML, then a line `---` or `...`.
struct JekyllPage: Sendable {
    /// The file's path in the Jekyll site.
    var path: String
    /// The YAML between the fences, nil when the file has none (Jekyll then copies it as it is).
    var frontMatterText: String?
    var frontMatter: YAMLNode?
    var body: String
    /// The 1-based line of the file on which the body starts.
    var bodyStartLine: Int

    /// Splits `text`, whose lines may end in LF or CRLF; a front matter that is not YAML is an error at its place.
    init(path: String, text: String) throws(ImportFailure) {
        self.path = path
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        body = lines.joined(separator: "\n")
        bodyStartLine = 1
        guard lines.first.map(Self.trailingTrimmed) == "---",
              let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains(Self.trailingTrimmed($0)) }) else { return }
        let yaml = lines[1..<close].joined(separator: "\n")
        frontMatterText = yaml
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyStartLine = close + 2
        do {
            frontMatter = try YAMLParser().parse(yaml)
        } catch {
            throw .invalidYAML(file: path, line: error.mark.line + 1, column: error.mark.column, message: error.message,
                               sourceLine: LineIndex(text: text).line(error.mark.line + 1))
        }
    }

    /// The file's line of a front matter node.
    func line(of node: YAMLNode) -> Int { node.mark.line + 1 }

    /// A front matter key's text (numbers as written), nil when missing, empty or not a scalar.
    func text(_ key: String) -> String? {
        frontMatter?[key].flatMap(ConfigMapping.text)
    }

    private static func trailingTrimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return line
    }
}
