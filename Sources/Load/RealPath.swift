#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path with every link resolved (`realpath`): how sitegen tells whether a file is inside
/// the site folder.
public enum RealPath {
    /// nil when the path, or a link on it, leads to nothing.
    public static func resolve(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
