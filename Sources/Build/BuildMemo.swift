import Derived
import Diagnostics
import Foundation
import Load
import Parse
import Render
import Site

/// What one build keeps for the next, so that a rebuild in `sitegen serve` redoes only what
/// changed: files whose stamp did not move are not read again, a file whose bytes did not
/// change is not parsed again, a page whose parsed page did not change is not assembled again,
/// a template whose text did not change is not compiled again, and a page whose view did not
/// change is not rendered again.
///
/// Every reuse compares the inputs themselves (bytes, texts, views), never a hash, so a reused
/// result is always the one a full build would make.
public struct BuildMemo: Sendable {
    /// What the parse of one source file made: its pages (none, one or many), diagnostics and
    /// what its format keeps for the next parse. A class, never changed once made: a rebuild
    /// takes thousands of them from the memo, each then one reference rather than a copy of
    /// each value inside.
    final class ParsedFile: Sendable {
        let bytes: [UInt8]
        /// The type of the format that parsed the file.
        let format: ObjectIdentifier
        let outcome: ParsedSource

        init(bytes: [UInt8], format: ObjectIdentifier, outcome: ParsedSource) {
            self.bytes = bytes
            self.format = format
            self.outcome = outcome
        }
    }

    /// False for a build that no other follows (`sitegen build`): each source is then read as it
    /// is parsed and let go after, and neither files nor parses are kept for a next build.
    public var keepsInputs = true
    /// Content files by path, as last read.
    var loaded: [String: LoadedFile] = [:]
    /// What the last build loaded: every file under `content/` as listed, and the sources as read.
    var lastLoad: LoadedSite?
    /// Parse results by the path of the file, valid for `parsedSettings`.
    var parsed: [String: ParsedFile] = [:]
    var parsedSettings: ParseSettings?
    var templates: TemplateSet?
    /// What assembly made of each source page (its page, and publications' files resolved
    /// and enrichments merged).
    var assembly: AssemblyMemo?
    var render: RenderMemo?
    var derived: DerivedMemo?
    /// What the configuration `derived` was made with was decoded from.
    var derivedConfig: ConfigSource?

    /// What a build decodes its configuration from: `site.yml`'s bytes and the options that
    /// change what it says.
    struct ConfigSource: Sendable, Equatable {
        var bytes: [UInt8]?
        var source: URL
        var baseURL: String?
        var keepsConfiguredOrigin: Bool
    }

    public init() {}
}
