/// Why an import stopped before writing anything, or while writing.
public enum ImportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The source folder has no `_config.yml`.
    case notAJekyllSite(String)
    /// The destination is the source folder or inside it: writing there would change the source.
    case destinationInSource(String)
    /// A file of the source could not be read, or is not UTF-8.
    case unreadable(file: String, reason: String)
    /// A YAML file of the source is not valid YAML.
    case invalidYAML(file: String, line: Int, column: Int, message: String)
    /// A file of the destination could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAJekyllSite(let folder):
            return "'\(folder)' is not a Jekyll site: it has no _config.yml"
        case .destinationInSource(let folder):
            return "'\(folder)' is inside the Jekyll site: the import never writes into the site it reads; give a folder outside it"
        case .unreadable(let file, let reason):
            return "cannot read \(file): \(reason)"
        case .invalidYAML(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
