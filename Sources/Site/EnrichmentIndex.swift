import Diagnostics
import Models
import Parse

/// The Markdown publications with `bibkey:` of a build, by the key they enrich, checked: a key
/// that names no entry of the site's `.bib` files, and a second file enriching a key, are
/// errors at their `bibkey` line.
struct EnrichmentIndex: Sendable {
    struct Enrichment: Sendable {
        var page: ParsedPage
        var enrichment: PublicationEnrichment
    }

    private(set) var byKey: [String: Enrichment] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `parsed` in source order; drafts count only when they are built.
    init(_ parsed: [ParsedPage], includeDrafts: Bool) {
        var keys: Set<String> = []
        for page in parsed {
            if case .publication(let publication) = page.frontMatter.model, let record = publication.bibtex { keys.insert(record.key) }
        }
        for page in parsed {
            guard case .publicationEnrichment(let enrichment) = page.frontMatter.model,
                  includeDrafts || !page.frontMatter.draft else { continue }
            guard keys.contains(enrichment.key) else {
                diagnostics.append(page.error("bibkey '\(enrichment.key)' names no entry of the site's .bib files", at: "bibkey"))
                continue
            }
            if let first = byKey[enrichment.key] {
                diagnostics.append(page.error(
                    "bibkey '\(enrichment.key)' is already enriched by \(first.page.sourcePath); keep one of the two files", at: "bibkey"))
                continue
            }
            byKey[enrichment.key] = Enrichment(page: page, enrichment: enrichment)
        }
    }
}
