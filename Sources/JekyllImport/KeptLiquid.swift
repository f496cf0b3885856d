/// The Liquid tags a page keeps, gathered into one note per block: a loop, a condition or a
/// capture with the tags it holds, from its opening tag to the end tag that closes it; a tag
/// outside any block is a note of its own.
struct KeptLiquid {
    let file: String
    private var closed: [ImportNote] = []
    private var open: [String] = []
    private var block: (first: String, last: String, line: Int, lastLine: Int, count: Int)?

    static let blockNames: Set<String> = ["for", "if", "unless", "capture", "case", "tablerow", "comment"]

    init(file: String) {
        self.file = file
    }

    /// A tag left in the page; `name` is the tag's name (`for`, `endfor`), empty for `{{ … }}`.
    mutating func add(_ text: String, name: String, line: Int) {
        if var current = block {
            current.last = text
            current.lastLine = line
            current.count += 1
            block = current
        } else {
            block = (text, text, line, line, 1)
        }
        if Self.blockNames.contains(name) {
            open.append(name)
        } else if name.hasPrefix("end"), let index = open.lastIndex(of: String(name.dropFirst(3))) {
            open.removeSubrange(index...)
        }
        if open.isEmpty { close() }
    }

    /// The notes, the last block included even when a tag of it was never closed.
    var notes: [ImportNote] {
        var copy = self
        copy.close()
        return copy.closed
    }

    private mutating func close() {
        guard let current = block else { return }
        block = nil
        guard current.count > 1 else {
            closed.append(ImportNote(file: file, line: current.line, subject: Self.shown(current.first),
                                    advice: "Liquid that sitegen does not run; the build leaves it out of the page with a warning: replace it with Markdown or delete it"))
            return
        }
        let lines = current.lastLine == current.line ? "on this line" : "on lines \(current.line)–\(current.lastLine)"
        closed.append(ImportNote(
            file: file, line: current.line, subject: "\(Self.shown(current.first)) … \(Self.shown(current.last))",
            advice: "\(current.count) Liquid tags \(lines) that sitegen does not run; the build leaves them out of the page with a warning: replace them with Markdown or delete them"))
    }

    /// A tag between backticks, at most 60 characters.
    static func shown(_ text: String) -> String {
        "`\(text.count > 60 ? String(text.prefix(57)) + "…" : text)`"
    }
}
