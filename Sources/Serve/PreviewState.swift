import Synchronization

/// What the server shows now: the last site that built, its version, and the diagnostics of
/// the last rebuild when it failed. Rebuilds replace it whole; requests read it.
struct PreviewSnapshot: Sendable {
    var files = ServedFiles()
    /// Counts the changes browsers were told of; pages carry it to notice a missed one.
    var version = 0
    /// The formatted diagnostics of the failed last rebuild; nil when it succeeded.
    var failure: String?
    /// Whether any build succeeded yet: before that there is no site to show.
    var hasSite = false
    /// The path the site is served below: `/`, or `--base-url`'s path.
    var basePath = "/"
}

/// The snapshot, shared between the rebuild loop and the request handlers.
final class PreviewState: Sendable {
    private let snapshot: Mutex<PreviewSnapshot>

    init(basePath: String) {
        var initial = PreviewSnapshot()
        initial.basePath = basePath
        snapshot = Mutex(initial)
    }

    var current: PreviewSnapshot { snapshot.withLock { $0 } }

    /// Changes the snapshot; returns what `change` returns.
    func update<T: Sendable>(_ change: (inout PreviewSnapshot) -> T) -> T {
        snapshot.withLock { change(&$0) }
    }
}
