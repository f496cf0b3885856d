import Foundation

extension LineIndex {
    /// Where `part` is first written at or after `start`, looking at most `lineLimit` lines on:
    /// for a diagnostic about a piece of a value (a formula's unknown command) that the file
    /// may write otherwise (quoted, escaped, folded); nil when it is not found as it is.
    public func firstPlace(of part: String, from start: SourceLocation, lineLimit: Int) -> SourceLocation? {
        guard !part.isEmpty else { return nil }
        for number in start.line..<min(lineCount + 1, start.line + max(lineLimit, 1)) {
            guard var line = line(number) else { break }
            var skipped = 0
            if number == start.line {
                skipped = max(start.column - 1, 0)
                line = String(line.unicodeScalars.dropFirst(skipped))
            }
            if let range = line.range(of: part) {
                let column = skipped + line.unicodeScalars[..<range.lowerBound].count + 1
                return SourceLocation(path: start.path, line: number, column: column)
            }
        }
        return nil
    }
}
