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
/// reuse its views; a change to either source file makes a new one.
struct PublicationCompletion: Sendable {
    let resolver: PublicationFileResolver
    let enrichments: EnrichmentIndex
    let earlier: PublicationMemo?

    struct Completed: Sendable {
        var page: SitePage
        var attachments: [PageAttachment]
        var diagnostics: [Diagnostic]
    }

    /// `page` completed, and what the memo keeps of it for the next build.
    func complete(_ page: SitePage, memo: inout PublicationMemo) -> Completed {
        guard case .publication(let publication) = page.frontMatter.model, let record = publication.bibtex,
              let sourcePath = page.sourcePath else { return Completed(page: page, attachments: [], diagnostics: []) }
        let resolved = resolver.resolve(publication, record: record, route: page.route, origin: sourcePath)
        let enrichment = enrichments.byKey[record.key]
        var completed = page
        let made = PublicationMemo.Made(entry: page.content, enrichment: enrichment?.page.content, links: resolved.links, result: page.content)
        if let old = earlier?.made[page.id], old.isMade(from: made) {
            completed.content = old.result
            memo.made[page.id] = old
        } else {
            var fresh = made
            fresh.result = Self.merged(page.content, publication: publication, links: resolved.links, enrichment: enrichment)
            completed.content = fresh.result
            memo.made[page.id] = fresh
        }
        var attachments = resolved.attachments
        if page.role != .listedOnly {
            let name = Route.components(of: page.route).last ?? record.key
            attachments.append(PageAttachment(outputPath: page.route + name + ".bib", source: .text(record.text), origin: sourcePath))
        }
        return Completed(page: completed, attachments: attachments, diagnostics: resolved.diagnostics)
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
        return PageContent(frontMatter: frontMatter, body: body, anchors: content.anchors)
    }
}

/// What the completion of publication pages made in one build, for the next.
public struct PublicationMemo: Sendable {
    struct Made: Sendable {
        var entry: PageContent
        var enrichment: PageContent?
        var links: [LabeledLink]
        var result: PageContent

        /// Whether `other` was made from the same parsed entry and enrichment (the same
        /// objects, as a rebuild keeps them for files whose bytes did not change) and links.
        func isMade(from other: Made) -> Bool {
            entry === other.entry && enrichment === other.enrichment && links == other.links
        }
    }

    var made: [PageID: Made] = [:]

    public init() {}
}
