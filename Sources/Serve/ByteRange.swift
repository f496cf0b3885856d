/// What a `Range` request header (RFC 9110, section 14) asks of a file of a known size.
/// Browsers send one to seek in a video or audio file, and Safari plays media only from a
/// server that answers it.
enum ByteRange: Equatable {
    /// Serve the whole file with 200: no header, another unit than bytes, several ranges (a
    /// server may answer those whole), or a header that does not parse.
    case whole
    /// Serve these bytes with 206.
    case part(ClosedRange<Int>)
    /// No byte of the file is asked for: 416.
    case unsatisfiable

    /// `bytes=0-99`, `bytes=100-` or `bytes=-100` (the last 100 bytes), against `size`.
    static func resolve(_ header: String?, size: Int) -> ByteRange {
        guard let header, let (first, last) = parse(header) else { return .whole }
        switch (first, last) {
        case (nil, let count?):
            guard count > 0, size > 0 else { return .unsatisfiable }
            return .part(max(0, size - count)...(size - 1))
        case (let start?, nil):
            return start < size ? .part(start...(size - 1)) : .unsatisfiable
        case (let start?, let end?):
            guard end >= start else { return .whole }
            return start < size ? .part(start...min(end, size - 1)) : .unsatisfiable
        case (nil, nil):
            return .whole
        }
    }

    /// The two numbers of a single `bytes=FIRST-LAST` range, either of which may be absent
    /// (not both); nil for anything else. Numbers too large for `Int` count as `Int.max`.
    private static func parse(_ header: String) -> (first: Int?, last: Int?)? {
        let text = blanksTrimmed(Substring(header))
        guard text.lowercased().hasPrefix("bytes=") else { return nil }
        let spec = blanksTrimmed(text.dropFirst("bytes=".count))
        guard let dash = spec.firstIndex(of: "-") else { return nil }
        let first = blanksTrimmed(spec[..<dash])
        let last = blanksTrimmed(spec[spec.index(after: dash)...])
        guard !(first.isEmpty && last.isEmpty), (first + last).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ digits: Substring) -> Int? { digits.isEmpty ? nil : Int(digits) ?? Int.max }
        return (number(first), number(last))
    }

    private static func blanksTrimmed(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !isBlank($0) }), let end = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return text[start...end]
    }
}
