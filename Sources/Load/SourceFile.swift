import Diagnostics

/// A file read from the site folder.
public struct SourceFile: Sendable {
    /// The path relative to the site root, as diagnostics show it (`content/news/a.md`).
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The file as text, or an error at the first byte that is not UTF-8. A byte-order mark is dropped.
    public func text() -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // One pass for valid text, the usual case; the error's position only for invalid text.
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let lines = LineIndex(bytes: bytes)
            let position = lines.position(ofByte: offset)
            let location = SourceLocation(path: path, line: position.line, column: position.column)
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            return .failure(.error(
                "invalid UTF-8 (byte 0x\(byte)); save the file as UTF-8", at: location,
                sourceLine: lines.line(position.line)))
        }
        return .success(String(decoding: body, as: UTF8.self))
    }
}
