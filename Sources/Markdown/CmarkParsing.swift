import CCmarkGFM
import CCmarkSharedTable
import Foundation

/// Where cmark-gfm parsers are made and run, and whether they may run at once.
///
/// cmark-gfm keeps one process-wide table of the characters its extensions react to, and
/// every parse edits it. `CCmarkSharedTable` takes over that edit: the table is set once,
/// here, from a parser with every extension attached, and parses then run concurrently. On a
/// platform where the library does not call sitegen's definition (macOS binds it within the
/// library), a probe parse sees that, and parses take turns under a lock as before.
enum CmarkParsing {
    /// The extensions every parser attaches. The shared table is set from all of them, so a
    /// parser must never attach fewer or others: keep this the one list.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// True when parses may run at once: the table is settled and cmark-gfm was seen calling
    /// sitegen's definition instead of its own.
    static let isConcurrent: Bool = settleSharedTable()

    private static let lock = NSLock()

    /// Runs `body`, which parses with parsers from `newParser`, alone when parses must take turns.
    static func run<T>(_ body: () -> T) -> T {
        isConcurrent ? body() : lock.withLock(body)
    }

    /// A parser with `options` and every extension of `extensionNames` attached.
    static func newParser(options: Int32) -> OpaquePointer? {
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        return parser
    }

    private static func settleSharedTable() -> Bool {
        cmark_gfm_core_extensions_ensure_registered()
        guard let everyExtension = newParser(options: CMARK_OPT_DEFAULT) else { return false }
        defer { cmark_parser_free(everyExtension) }
        guard sitegen_cmark_settle_special_characters(UnsafeMutableRawPointer(everyExtension)) != 0 else { return false }
        let before = sitegen_cmark_intercepted_calls()
        guard let probe = newParser(options: CMARK_OPT_DEFAULT) else { return false }
        defer { cmark_parser_free(probe) }
        cmark_parser_feed(probe, "~~a~~", 5)
        if let root = cmark_parser_finish(probe) { cmark_node_free(root) }
        return sitegen_cmark_intercepted_calls() > before
    }
}
