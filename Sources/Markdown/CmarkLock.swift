import CCmarkGFM
import Foundation

/// The one piece of global state in sitegen: cmark-gfm's parsers must not run concurrently.
enum CmarkLock {
    private static let lock = NSLock()
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    static func registerExtensions() {
        lock.withLock { _ = registration }
    }

    static func withLock<T>(_ body: () -> T) -> T {
        lock.withLock(body)
    }
}
