/// A source file as the load stage read it, with the stamp it had then: a later build reuses
/// it while the stamp has not moved.
public struct LoadedFile: Sendable {
    public var stamp: FileStamp
    public var file: SourceFile

    public init(stamp: FileStamp, file: SourceFile) {
        self.stamp = stamp
        self.file = file
    }
}
