/// What an import did: each file converted or copied, and each key or tag it did not convert,
/// with its place and what to do. Its text is printed and written to `IMPORT.md`.
public struct ImportReport: Sendable, Hashable {
    /// The report's file in the destination folder.
    public static let fileName = "IMPORT.md"

    /// Each Jekyll file with the file it became.
    public var converted: [(source: String, destination: String)] {
        files.flatMap { file in file.sources.map { ($0, file.path) } }
    }
    /// The files the import made, in the order it made them.
    public var files: [ImportedFile]
    /// What was not converted, by file and line.
    public var notes: [ImportNote]

    public init(files: [ImportedFile], notes: [ImportNote]) {
        self.files = files
        self.notes = notes.sorted()
    }

    /// The report as Markdown: the files, then the notes, each note at its `file:line`.
    public var text: String {
        var lines = ["# Imported from Jekyll", ""]
        let markdown = files.filter { $0.path.hasSuffix(".md") }.count
        lines.append("\(markdown) page\(markdown == 1 ? "" : "s") written, \(files.count - markdown) other file\(files.count - markdown == 1 ? "" : "s") "
            + "written or copied, \(notes.count) thing\(notes.count == 1 ? "" : "s") not converted.")
        lines.append("")
        let converted = converted.sorted { ($0.source, $0.destination) < ($1.source, $1.destination) }
        lines.append("## Files converted (\(converted.count))")
        lines.append("")
        lines += converted.map { "- `\($0.source)` → `\($0.destination)`" }
        lines.append("")
        lines.append("## Not converted (\(notes.count))")
        lines.append("")
        lines += notes.isEmpty ? ["Nothing: every key and tag was converted."] : notes.map { "- `\($0.place)`: \($0.subject): \($0.advice)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
