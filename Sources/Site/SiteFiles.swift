/// The files of the site copied as they are (under `content/`, and the site's own `assets/`),
/// by source path and by output path: what a publication's file references resolve against;
/// and the built-in theme's assets, which the output holds too but which have no source path.
public struct SiteFiles: Sendable, Equatable {
    private var outputBySource: [String: String] = [:]
    private var sourceByOutput: [String: String] = [:]
    private var builtInAssets: Set<String> = []

    /// `files`: each file's path in the site folder (`content/papers/a.pdf`) and in the output
    /// (`papers/a.pdf`); `builtInAssets`: the output paths of the built-in theme's assets that
    /// the site does not replace (`assets/css/site.css`).
    public init(_ files: [(sourcePath: String, outputPath: String)] = [], builtInAssets: [String] = []) {
        for file in files {
            outputBySource[file.sourcePath] = file.outputPath
            sourceByOutput[file.outputPath] = file.sourcePath
        }
        self.builtInAssets = Set(builtInAssets)
    }

    /// Where the file at `sourcePath` is written, if it is a file of the site.
    public func outputPath(ofSource sourcePath: String) -> String? {
        outputBySource[sourcePath]
    }

    /// The file of the site written at `outputPath`, if any.
    public func sourcePath(ofOutput outputPath: String) -> String? {
        sourceByOutput[outputPath]
    }

    /// Whether the output holds a copied file at `outputPath`: one of the site's or a built-in asset.
    public func holds(_ outputPath: String) -> Bool {
        sourceByOutput[outputPath] != nil || builtInAssets.contains(outputPath)
    }
}
