import Content
import Diagnostics
import Links
import Render
import Site

/// What one build keeps for the next, so that a rebuild in `sitegen serve` redoes only what
/// changed: files whose stamp did not move are not read again, a file whose bytes did not
/// change is not parsed again, a template whose text did not change is not compiled again,
/// and a page whose view did not change is not rendered again.
///
/// Every reuse compares the inputs themselves (bytes, texts, views), never a hash, so a reused
/// result is always the one a full build would make.
public struct BuildMemo: Sendable {
    struct LoadedFile: Sendable {
        var stamp: FileStamp
        var file: SourceFile
    }

    struct ParsedFile: Sendable {
        var bytes: [UInt8]
        var page: ParsedPage?
        var diagnostics: [Diagnostic]
    }

    /// Content files by path, as last read.
    var loaded: [String: LoadedFile] = [:]
    /// The `site.yml` settings a page's parse depends on (not the base path, which the render
    /// stage applies).
    struct ParseSettings: Sendable, Equatable {
        var rawHTML: RawHTMLMode
    }

    /// Parse results by path, valid for `parsedSettings`.
    var parsed: [String: ParsedFile] = [:]
    var parsedSettings: ParseSettings?
    var templates: TemplateSet?
    var render: RenderMemo?

    public init() {}
}
