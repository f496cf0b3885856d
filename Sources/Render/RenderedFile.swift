/// A file of the output: where it goes below the output folder, and its bytes.
public struct RenderedFile: Sendable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}
