import Foundation

extension LineIndex {
    /// Where `part` of `value` is first written at or after `start`, where the value begins,
    /// looking no further than the value's lines and one more (a block scalar starts on the line
    /// after its indicator): for a diagnostic about a piece of a value (a formula's unknown
    /// command) that the file may write otherwise (quoted, escaped, folded); nil when it is not
    /// found as it is.
    public func firstPlace(of part: String, inValue value: String, from start: SourceLocation) -> SourceLocation? {
        guard !part.isEmpty else { return nil }
        let lineLimit = value.utf8.reduce(2) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        for number in start.line..<min(lineCount + 1, start.line + lineLimit) {
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
