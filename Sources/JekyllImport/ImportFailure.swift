import Diagnostics

/// Why an import stopped before writing anything, or while writing.
public enum ImportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The source folder has no `_config.yml`.
    case notAJekyllSite(String)
    /// The destination is the source folder or inside it: writing there would change the source.
    case destinationInSource(String)
    /// A file of the source could not be read, or is not UTF-8.
    case unreadable(file: String, reason: String)
    /// A YAML file of the source is not valid YAML; `sourceLine` is the text of the offending line.
    case invalidYAML(file: String, line: Int, column: Int, message: String, sourceLine: String?)
    /// Files of the destination differ from what the import makes: written over, an earlier
    /// import's files edited since would be lost. Nothing was written.
    case wouldOverwrite(paths: [String])
    /// A file of the destination could not be written.
    case cannotWrite(path: String, reason: String)

    /// The failure as the command line prints it: a YAML error as a diagnostic, with its line and
    /// a caret; anything else after `error:`.
    public var diagnostic: String {
        guard case .invalidYAML(let file, let line, let column, let message, let sourceLine) = self else { return "error: \(description)" }
        return DiagnosticFormatter.format(Diagnostic(.error, message, at: SourceLocation(path: file, line: line, column: column), sourceLine: sourceLine))
    }

    public var description: String {
        switch self {
        case .notAJekyllSite(let folder):
            return "'\(folder)' is not a Jekyll site: it has no _config.yml"
        case .destinationInSource(let folder):
            return "'\(folder)' is inside the Jekyll site: the import never writes into the site it reads; give a folder outside it"
        case .unreadable(let file, let reason):
            return "cannot read \(file): \(reason)"
        case .invalidYAML(let file, let line, let column, let message, _):
            return "\(file):\(line):\(column): \(message)"
        case .wouldOverwrite(let paths):
            let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
            return "\(paths.count == 1 ? "1 file" : "\(paths.count) files") of the destination would be written over, since \(paths.count == 1 ? "it differs" : "they differ") from what the import makes: \(shown); nothing was written. Move \(paths.count == 1 ? "it" : "them") away, or give --overwrite to replace \(paths.count == 1 ? "it" : "them")"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
