import YAML

/// al-folio's `_data/cv.yml`, which its `layout: cv` page shows, as Markdown for that page: each
/// section a heading; a `map` as name–value items, a `time_table` as dated items with their
/// institution and descriptions, a `list` and a `nested_list` as lists.
struct CVMapping {
    static let file = "_data/cv.yml"

    private(set) var markdown = ""
    private(set) var notes: [ImportNote] = []

    init(root: YAMLNode) {
        var blocks: [String] = []
        for section in root.sequence ?? [] {
            let title = section["title"].flatMap(ConfigMapping.text)
            let type = section["type"].flatMap(ConfigMapping.text) ?? ""
            let contents = section["contents"]?.sequence ?? []
            var lines: [String]
            switch type {
            case "map":
                lines = contents.map { item in
                    let name = item["name"].flatMap(ConfigMapping.text).map { "**\($0):** " } ?? ""
                    return "- " + name + (item["value"].flatMap(ConfigMapping.text) ?? "")
                }
            case "time_table":
                lines = contents.flatMap(Self.dated)
            case "list":
                lines = contents.compactMap(ConfigMapping.text).map { "- " + $0 }
            case "nested_list":
                lines = contents.flatMap { item in
                    ["- " + (item["title"].flatMap(ConfigMapping.text) ?? "")]
                        + (item["items"]?.sequence ?? []).compactMap(ConfigMapping.text).map { "  - " + $0 }
                }
            default:
                notes.append(ImportNote(file: Self.file, line: section.mark.line, subject: "`type: \(type)` of \(title.map { "'\($0)'" } ?? "a section")",
                                        advice: "a kind of CV section the import does not know: not converted; write it into content/cv.md"))
                continue
            }
            if let title { lines.insert(contentsOf: ["## \(title)", ""], at: 0) }
            blocks.append(lines.joined(separator: "\n"))
        }
        markdown = blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    /// A `time_table` entry: its year in bold, its title and institution, then its descriptions
    /// and items as a list inside it.
    private static func dated(_ item: YAMLNode) -> [String] {
        let heading = [item["title"], item["institution"]].compactMap { $0.flatMap(ConfigMapping.text) }.joined(separator: ", ")
        let year = item["year"].flatMap(ConfigMapping.text).map { "**\($0)**" }
        var lines = ["- " + [year, heading.isEmpty ? nil : heading].compactMap { $0 }.joined(separator: " · ")]
        let descriptions = item["description"].map { $0.sequence ?? [$0] } ?? []
        for description in descriptions + (item["items"]?.sequence ?? []) {
            if let text = ConfigMapping.text(description) {
                lines.append("  - " + text)
            } else if let title = description["title"].flatMap(ConfigMapping.text) {
                lines.append("  - " + title)
                lines += (description["contents"]?.sequence ?? []).compactMap(ConfigMapping.text).map { "    - " + $0 }
            }
        }
        return lines
    }
}
