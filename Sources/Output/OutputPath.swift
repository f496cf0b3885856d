#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output path really leads: links and `..` resolved the way the kernel follows them.
enum OutputPath {
    /// `path` with every link resolved. A last component that is a link is followed even when
    /// its target does not exist yet (the first build into `--output` linked to a fresh folder),
    /// so the link is kept and the site goes where it points.
    static func resolve(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            if let real = realPath(current) { return real }
            let (parent, name) = split(current)
            let candidate = join(resolveExisting(parent), name)
            guard let link = readLink(candidate) else { return candidate }
            current = link.hasPrefix("/") ? link : join(resolveExisting(parent), link)
        }
        return current
    }

    /// The longest part of `path` that exists, resolved, and the rest as it is.
    static func resolveExisting(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let (parent, name) = split(path)
        guard parent != path, !parent.isEmpty else { return path }
        return join(resolveExisting(parent), name)
    }

    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = path[..<slash]
        return (parent.isEmpty ? "/" : String(parent), String(path[path.index(after: slash)...]))
    }

    static func join(_ parent: String, _ name: String) -> String {
        parent.hasSuffix("/") ? parent + name : parent + "/" + name
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
