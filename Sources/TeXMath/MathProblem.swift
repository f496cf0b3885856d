/// Something wrong in a formula: message, and where in the TeX source given to `MathPage.add`
/// it is (UTF-8 byte offset and length of the offending part).
public struct MathProblem: Sendable, Hashable {
    public var message: String
    public var offset: Int
    public var length: Int

    public init(message: String, offset: Int, length: Int) {
        self.message = message
        self.offset = offset
        self.length = length
    }
}

/// A problem thrown while converting; the conversion of that formula stops.
struct TeXError: Error {
    var problem: MathProblem

    init(_ message: String, at token: TeXToken) {
        problem = MathProblem(message: message, offset: Int(token.offset), length: Int(token.length))
    }
}
