import Diagnostics
import Markdown
import Models
import Parse

/// Completes a page made from a `.bib` entry once its route is known: its files become links
/// (and its PDF a copy in its folder), the Markdown publication that enriches it is merged in,
/// and its `KEY.bib` is written beside it.
///
/// A page whose entry, enrichment and resolved links are those of the previous build keeps the
/// content object that build made, so that `SitePage.isUnchanged` and the view memo still
/// reuse its views; a change to either source file makes a new one. Its files are resolved
/// again only when its entry, its route or the site's files changed (an entry that only moved
/// in its file keeps what they resolved to, its warnings moved).
struct PublicationCompletion: Sendable {
    let resolver: PublicationFileResolver
    let enrichments: EnrichmentIndex
    /// Whether the site's files are those the earlier build resolved the entries' files against.
    let sameFiles: Bool

    struct Completed: Sendable {
        var page: SitePage
        var attachments: [PageAttachment]
        var diagnostics: [Diagnostic]
        /// What the memo keeps of it for the next build, for a page made from a `.bib` entry.
        var made: Made?
        /// Whether Google Scholar would skip its page (see `ScholarIndexing`).
        var unindexable = false
    }

    /// `page` completed, with what the memo keeps of it for the next build; `old` is what the
    /// earlier build made of the page of the same `PageID`.
    func complete(_ page: SitePage, earlier old: Made?) -> Completed {
        guard case .publication(let publication) = page.frontMatter.model, let record = publication.bibtex,
              let sourcePath = page.sourcePath else { return Completed(page: page, attachments: [], diagnostics: [], made: nil) }
        let entry = page.anchors["file"]?.location ?? .start(of: sourcePath)
        var resolved: PublicationFileResolver.Resolved
        if let old, sameFiles, old.entry === page.content, old.route == page.route, old.entryLocation.path == entry.path {
            resolved = old.resolved
            resolved.diagnostics = resolved.diagnostics.map { $0.moved(lines: entry.line - old.entryLocation.line) }
        } else {
            resolved = resolver.resolve(publication, record: record, entry: entry, route: page.route, origin: sourcePath)
        }
        let enrichment = enrichments.byKey[record.key]
        var completed = page
        // The same bytes as before while the entry is, so that comparing outputs stops at identity.
        let bibTeX = old.flatMap { $0.entry === page.content ? $0.bibTeX : nil } ?? Array(record.text.utf8)
        let made = Made(
            entry: page.content, entryLocation: entry, enrichment: enrichment?.page.content, route: page.route, resolved: resolved,
            bibTeX: bibTeX, result: page.content)
        var kept = made
        if let old, old.isMade(from: made) {
            kept.result = old.result
        } else {
            kept.result = Self.merged(page.content, publication: publication, links: resolved.links, enrichment: enrichment)
        }
        completed.content = kept.result
        var attachments = resolved.attachments
        if page.role != .listedOnly {
            let name = Route.components(of: page.route).last ?? record.key
            attachments.append(PageAttachment(outputPath: page.route + name + ".bib", source: .bytes(kept.bibTeX), origin: sourcePath))
        }
        return Completed(page: completed, attachments: attachments, diagnostics: resolved.diagnostics, made: kept)
    }

    /// The entry's content with the file links before its own links, and the enrichment's
    /// body, links, image, abstract (when the entry has none), `selected`, template and extra
    /// keys; the entry's content itself when there is nothing to add.
    static func merged(
        _ content: PageContent, publication: Publication, links: [LabeledLink], enrichment: EnrichmentIndex.Enrichment?
    ) -> PageContent {
        guard !links.isEmpty || enrichment != nil else { return content }
        var publication = publication
        var frontMatter = content.frontMatter
        var body = content.body
        var allLinks = links + publication.links
        if let enrichment {
            let added = enrichment.enrichment
            allLinks += added.links
            publication.preview = added.preview ?? publication.preview
            publication.abstract = publication.abstract ?? added.abstract
            publication.selected = publication.selected || added.selected
            let page = enrichment.page
            if !page.body.html.isEmpty { body = page.body }
            frontMatter.template = page.frontMatter.template ?? frontMatter.template
            frontMatter.description = page.frontMatter.description ?? frontMatter.description
            frontMatter.extra += page.frontMatter.extra
        }
        var seen: Set<String> = []
        publication.links = allLinks.filter { seen.insert($0.url.value).inserted }
        frontMatter.model = .publication(publication)
        return PageContent(frontMatter: frontMatter, body: body)
    }

    /// What the completion of a page made from a `.bib` entry made, for the next build.
    struct Made: Sendable {
        var entry: PageContent
        /// Where the entry starts in its file.
        var entryLocation: SourceLocation
        var enrichment: PageContent?
        var route: String
        /// What the entry's files resolved to at `route`.
        var resolved: PublicationFileResolver.Resolved
        /// The entry written back as BibTeX, as the bytes of its `KEY.bib`.
        var bibTeX: [UInt8]
        var result: PageContent

        /// Whether `other` was made from the same parsed entry and enrichment (the same
        /// objects, as a rebuild keeps them for files whose bytes did not change) and links.
        func isMade(from other: Made) -> Bool {
            entry === other.entry && enrichment === other.enrichment && resolved.links == other.resolved.links
        }
    }
}
