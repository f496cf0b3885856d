import Diagnostics
import Models
import Parse

/// What one assembly made of each source page, for the next.
///
/// A source page that is the one the earlier build assembled (the same content object, the
/// same path, entry and anchors), assembled on the same build day with the same drafts
/// setting, keeps the page made of it without making it again; one that only moved in its
/// file keeps it with its anchors moved. A page kept whole is also completed as before when
/// the site's files, the enrichments (the same objects by key) and the organization are those
/// of the earlier build. Every reuse compares the inputs themselves, so what is kept is what
/// making and completing the page again would give.
public struct AssemblyMemo: Sendable {
    /// What was made of one source page. A class, never changed once made: the memo's pages
    /// are passed between the stages of assembly thousands at a time, and a copy of one is then
    /// one reference rather than one for each value it holds.
    final class Made: Sendable {
        let source: ParsedPage
        /// Nil for a draft left out, or a page that could not be made (see `diagnostics`).
        let page: SitePage?
        let diagnostics: [Diagnostic]
        /// The page completed, once it was accepted; nil before, and for a page kept with its
        /// anchors moved, which is completed again.
        let completed: PublicationCompletion.Completed?

        init(source: ParsedPage, page: SitePage?, diagnostics: [Diagnostic], completed: PublicationCompletion.Completed? = nil) {
            self.source = source
            self.page = page
            self.diagnostics = diagnostics
            self.completed = completed
        }

        /// What was made of `source` when it is this one's source, or that source moved in
        /// its file; nil when it must be made again.
        func kept(for source: ParsedPage) -> Made? {
            guard source.content === self.source.content, source.sourcePath == self.source.sourcePath,
                  source.entry == self.source.entry else { return nil }
            if source.anchors == self.source.anchors { return self }
            // The anchors are where a page's own diagnostics point: those are made again.
            guard diagnostics.isEmpty else { return nil }
            var page = page
            page?.anchors = source.anchors
            return Made(source: source, page: page, diagnostics: [])
        }

        /// This with `completed`: the page completed, or nil for a page this build did not accept.
        func with(completed: PublicationCompletion.Completed?) -> Made {
            Made(source: source, page: page, diagnostics: diagnostics, completed: completed)
        }
    }

    /// What making a page reads besides its source.
    struct MakeInputs: Sendable, Equatable {
        var buildDate: ContentDate
        var includeDrafts: Bool
    }

    /// What completing a page reads besides the page.
    struct CompletionInputs: Sendable {
        var files: SiteFiles
        /// The enriching pages' contents, by the key they enrich.
        var enrichments: [String: PageContent]
        var organization: Organization?

        func isSame(as other: CompletionInputs) -> Bool {
            files == other.files && organization == other.organization && enrichments.count == other.enrichments.count
                && enrichments.allSatisfy { key, content in other.enrichments[key] === content }
        }
    }

    /// What assembly reads of the site's configuration.
    struct ConfigInputs: Sendable, Equatable {
        var title: String
        var description: String?
        var organization: Organization?
        var localImages: [PlacedPath]
        var localLinks: [PlacedPath]

        init(_ config: SiteConfig) {
            title = config.title
            description = config.description
            organization = config.organization
            localImages = config.localImages
            localLinks = config.localLinks
        }
    }

    /// The site the earlier build assembled, for a rebuild in which only some pages' contents
    /// changed (`SiteAssembler.reassemble`).
    struct Assembled: Sendable {
        var site: Site
        var diagnostics: [Diagnostic]
        var configInputs: ConfigInputs
        var enrichments: EnrichmentIndex
        /// The contents of the enriching pages, in source order.
        var enrichmentContents: [PageContent]
    }

    var makeInputs: MakeInputs?
    var completionInputs: CompletionInputs?
    /// In the order of the source pages.
    var made: [Made] = []
    var assembled: Assembled?

    public init() {}

    /// For each of `sources`, the index in `made` of what was made of the page of the same
    /// `PageID` with `inputs`, if any: by position while the pages are those of the earlier
    /// build in the same order, by `PageID` otherwise.
    func earlierIndices(of sources: [ParsedPage], inputs: MakeInputs) -> [Int?] {
        guard makeInputs == inputs else { return Array(repeating: nil, count: sources.count) }
        let aligned = made.count == sources.count && zip(made, sources).allSatisfy { made, source in
            made.source.sourcePath == source.sourcePath && made.source.entry == source.entry
        }
        if aligned { return Array(made.indices) }
        var byID: [PageID: Int] = [:]
        byID.reserveCapacity(made.count)
        for (index, made) in made.enumerated() where byID[made.source.id] == nil { byID[made.source.id] = index }
        return sources.map { byID[$0.id] }
    }
}
