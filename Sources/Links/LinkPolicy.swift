/// Decides which URLs may become links, and makes site-internal URLs honour the base path.
public enum LinkPolicy {
    /// Schemes that run code when followed. `data:` is allowed only for images of common types.
    public static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore ASCII whitespace and control characters inside a scheme: `java\tscript:`.
        let scheme = String(String.UnicodeScalarView(url.unicodeScalars.prefix(64).filter { $0.value > 0x20 && $0.value != 0x7F }))
            .lowercased()
        if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("file:") { return true }
        if scheme.hasPrefix("data:") {
            let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !safeImages.contains { scheme.hasPrefix($0) }
        }
        return false
    }

    /// A root-relative URL (`/assets/x.png`) gets the site's base path (`/lab-site/assets/x.png`);
    /// absolute URLs, protocol-relative ones, fragments and relative paths are left as they are.
    public static func resolve(_ url: String, basePath: String) -> String {
        guard url.hasPrefix("/"), !url.hasPrefix("//"), basePath != "/" else { return url }
        if url == basePath.dropLast() || url.hasPrefix(basePath) { return url }
        return basePath + url.dropFirst()
    }

    /// Normalises a base path to start and end with a slash: `lab-site` → `/lab-site/`.
    public static func normalizedBasePath(_ path: String) -> String {
        let trimmed = path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return trimmed.isEmpty ? "/" : "/\(trimmed)/"
    }
}
