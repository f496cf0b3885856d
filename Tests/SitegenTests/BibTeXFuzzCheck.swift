import BibTeX
import Diagnostics

/// What must hold for any input to the reader: every position is in the file, entries start
/// at an `@`, every diagnostic has a position and its line, and every entry written back reads
/// back as itself (`BibTeXRoundTrip`). Returns the broken rules.
enum BibTeXFuzzCheck {
    static func problems(in text: String, path: String) -> [String] {
        let read = BibTeXReader.read(text, path: path)
        let file = BibEntryValidation.listableEntries(of: read)
        let lines = LineIndex(text: text)
        var problems: [String] = []
        func check(_ location: SourceLocation?, _ what: String) {
            guard let location else { return problems.append("\(what): no position") }
            guard location.path == path, let line = lines.line(location.line),
                  location.column >= 1, location.column <= line.unicodeScalars.count + 1 else {
                return problems.append("\(what): position \(location) is not in the file")
            }
        }
        for entry in file.entries {
            check(entry.location, "entry \(entry.key)")
            if let line = lines.line(entry.location.line), line.unicodeScalars.dropFirst(entry.location.column - 1).first != "@" {
                problems.append("entry \(entry.key): \(entry.location) is not at an '@'")
            }
            for field in entry.fields {
                check(field.nameLocation, "field \(field.name) of \(entry.key)")
                check(field.valueLocation, "value of \(field.name) of \(entry.key)")
            }
        }
        for entry in read.entries {
            problems += BibTeXRoundTrip.problems(of: entry)
        }
        for diagnostic in file.diagnostics {
            check(diagnostic.location, "diagnostic \(diagnostic.message)")
            if diagnostic.sourceLine == nil { problems.append("diagnostic \(diagnostic.message): no line") }
        }
        return problems
    }
}
