/// The files of the site copied as they are (under `content/`, and the site's own `assets/`),
/// by source path and by output path: what a publication's file references resolve against.
public struct SiteFiles: Sendable, Equatable {
    private var outputBySource: [String: String] = [:]
    private var sourceByOutput: [String: String] = [:]

    /// `files`: each file's path in the site folder (`content/papers/a.pdf`) and in the output (`papers/a.pdf`).
    public init(_ files: [(sourcePath: String, outputPath: String)] = []) {
        for file in files {
            outputBySource[file.sourcePath] = file.outputPath
            sourceByOutput[file.outputPath] = file.sourcePath
        }
    }

    /// Where the file at `sourcePath` is written, if it is a file of the site.
    public func outputPath(ofSource sourcePath: String) -> String? {
        outputBySource[sourcePath]
    }

    /// The file of the site written at `outputPath`, if any.
    public func sourcePath(ofOutput outputPath: String) -> String? {
        sourceByOutput[outputPath]
    }
}
