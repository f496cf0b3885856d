import Diagnostics
import Models
import Parse

extension SiteAssembler {
    /// The earlier build's site with the pages whose sources changed put in, when that is what
    /// assembling anew would give; nil when that is not known, and the site is assembled whole.
    ///
    /// That is so when what assembly reads besides the sources is what the earlier build read
    /// (the build day, the drafts setting, the files copied as they are, the configuration's
    /// title, description, organization and local URLs, the enriching pages), the sources are
    /// the same pages in the same order, and each page whose source changed is made and completed
    /// into a page that assembly places, sorts, lists and checks as it did the earlier one
    /// (`SitePage.assemblesAs(_:)`, the same attachments and diagnostics). Order, lists, URL
    /// claims and checks are then those of the earlier build, and only the pages change.
    func reassemble(_ parsed: [ParsedPage], files: SiteFiles, earlier: AssemblyMemo) -> Assembly? {
        guard let assembled = earlier.assembled, let completionInputs = earlier.completionInputs,
              earlier.makeInputs == AssemblyMemo.MakeInputs(buildDate: buildDate, includeDrafts: includeDrafts),
              assembled.configInputs == AssemblyMemo.ConfigInputs(config), completionInputs.files == files else { return nil }
        var sources: [ParsedPage] = []
        sources.reserveCapacity(parsed.count)
        var enrichmentContents: [PageContent] = []
        for page in Self.inSourceOrder(parsed) {
            if page.frontMatter.model.isEnrichment { enrichmentContents.append(page.content) } else { sources.append(page) }
        }
        guard sources.count == earlier.made.count, enrichmentContents.count == assembled.enrichmentContents.count,
              zip(enrichmentContents, assembled.enrichmentContents).allSatisfy({ $0 === $1 }) else { return nil }
        var changed: [Int] = []
        for (index, (source, made)) in zip(sources, earlier.made).enumerated() {
            guard source.sourcePath == made.source.sourcePath, source.entry == made.source.entry else { return nil }
            if source.content !== made.source.content || source.anchors != made.source.anchors { changed.append(index) }
        }
        let completion = PublicationCompletion(
            resolver: PublicationFileResolver(files: files), enrichments: assembled.enrichments, sameFiles: true)
        let changedSources = sources
        let remade = changed.parallelMap { index -> AssemblyMemo.Made? in
            let (source, old) = (changedSources[index], earlier.made[index])
            guard includeDrafts || !source.frontMatter.draft, let oldCompleted = old.completed else { return nil }
            var diagnostics: [Diagnostic] = []
            guard let page = makePage(source, diagnostics: &diagnostics), diagnostics == old.diagnostics else { return nil }
            let completed = complete(page, by: completion, earlier: oldCompleted)
            guard completed.page.assemblesAs(oldCompleted.page), completed.unindexable == oldCompleted.unindexable,
                  completed.attachments == oldCompleted.attachments, completed.diagnostics == oldCompleted.diagnostics else { return nil }
            return AssemblyMemo.Made(source: source, page: page, diagnostics: diagnostics, completed: completed)
        }
        var site = assembled.site
        site.config = config
        let positions = Self.positions(of: remade.compactMap { $0?.page?.id }, in: site.pages)
        var memo = earlier
        for (index, made) in zip(changed, remade) {
            // A page that is its folder's introduction is the folder's list in the site.
            guard let made, let completed = made.completed, let position = positions[completed.page.id],
                  site.pages[position].role == completed.page.role else { return nil }
            site.pages[position] = completed.page
            memo.made[index] = made
        }
        memo.assembled?.site = site
        return Assembly(site: site, diagnostics: assembled.diagnostics, memo: memo)
    }

    /// Where each of `ids` is in `pages`: a look through the pages for a few, an index of them
    /// for many.
    private static func positions(of ids: [PageID], in pages: [SitePage]) -> [PageID: Int] {
        var positions: [PageID: Int] = [:]
        if ids.count <= 16 {
            for id in ids { positions[id] = pages.firstIndex { $0.id == id } }
            return positions
        }
        let wanted = Set(ids)
        for (position, page) in pages.enumerated() where wanted.contains(page.id) { positions[page.id] = position }
        return positions
    }
}
