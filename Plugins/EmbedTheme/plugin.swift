import Foundation
import PackagePlugin

/// Runs ThemeEmbedder over the package's `templates/` and `assets/` before the Load target
/// compiles, so the built-in theme always matches those folders.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["templates", "assets"]
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinThemeFiles.swift")
        var inputs: [URL] = []
        for folder in folders {
            let base = root.appending(path: folder)
            guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in enumerator { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(inputs.count) files)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [output.path, root.path] + folders,
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
