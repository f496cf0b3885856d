extension MathProblem {
    /// The offending part of `source`, the TeX the problem was found in (empty when its range
    /// lies outside it, or splits a character).
    public func part(of source: String) -> String {
        let bytes = Array(source.utf8)
        let lower = min(max(offset, 0), bytes.count)
        let upper = min(lower + max(length, 1), bytes.count)
        return String(validating: bytes[lower..<upper], as: UTF8.self) ?? ""
    }
}
