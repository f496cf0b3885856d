import Diagnostics
import Foundation
import Markdown
import Models
import Parallel
import Parse

/// Assembles parsed pages into a site: kinds, routes, collisions, section lists, home and 404,
/// and where each page stands in time on the build day (`TimeStatus`).
public struct SiteAssembler: Sendable {
    public var config: SiteConfig
    public var buildDate: ContentDate
    public var includeDrafts: Bool

    public init(config: SiteConfig, buildDate: ContentDate, includeDrafts: Bool) {
        self.config = config
        self.buildDate = buildDate
        self.includeDrafts = includeDrafts
    }

    public func assemble(_ parsed: [ParsedPage]) -> (site: Site, diagnostics: [Diagnostic]) {
        let assembly = assemble(parsed, files: SiteFiles(), earlier: nil)
        return (assembly.site, assembly.diagnostics)
    }

    /// What assembling made: the site, what is wrong, and what the next build may reuse.
    public struct Assembly: Sendable {
        public var site: Site
        public var diagnostics: [Diagnostic]
        public var memo: AssemblyMemo
    }

    /// Assembles the site; `files` are the site's files copied as they are, which publications'
    /// file references resolve against, and `earlier` what the previous build made of its
    /// pages.
    public func assemble(_ parsed: [ParsedPage], files: SiteFiles, earlier: AssemblyMemo?) -> Assembly {
        if let earlier, let reassembled = reassemble(parsed, files: files, earlier: earlier) { return reassembled }
        var diagnostics: [Diagnostic] = []
        var pages: [SitePage] = []
        var sectionIntros: [String: SitePage] = [:]
        var owners: [String: ParsedPage] = [:]
        var ids: Set<PageID> = []
        ids.reserveCapacity(parsed.count)
        owners.reserveCapacity(parsed.count)
        let ordered = Self.inSourceOrder(parsed)
        let enrichments = EnrichmentIndex(ordered, includeDrafts: includeDrafts)
        diagnostics += enrichments.diagnostics
        var memo = AssemblyMemo()
        let makeInputs = AssemblyMemo.MakeInputs(buildDate: buildDate, includeDrafts: includeDrafts)
        memo.makeInputs = makeInputs
        let completionInputs = AssemblyMemo.CompletionInputs(
            files: files, enrichments: enrichments.byKey.mapValues(\.page.content), organization: config.organization)
        memo.completionInputs = completionInputs
        let sameCompletion = earlier?.completionInputs?.isSame(as: completionInputs) ?? false
        let completion = PublicationCompletion(
            resolver: PublicationFileResolver(files: files), enrichments: enrichments, sameFiles: earlier?.completionInputs?.files == files)
        var attachments: [PageAttachment] = []

        // Each page is made, and then completed, on all cores: thousands of entries of a
        // bibliography are independent. What depends on the pages before (keys, URLs) is
        // decided in between, in source order. A page the earlier build made of the same
        // source is kept (see `AssemblyMemo`).
        let sources = ordered.filter { !$0.frontMatter.model.isEnrichment }
        let earlierMade = earlier?.made ?? []
        let earlierIndices = earlier?.earlierIndices(of: sources, inputs: makeInputs) ?? Array(repeating: nil, count: sources.count)
        let made = Array(sources.indices).parallelMap { index -> AssemblyMemo.Made in
            let source = sources[index]
            if let old = earlierIndices[index], let kept = earlierMade[old].kept(for: source) { return kept }
            guard includeDrafts || !source.frontMatter.draft else { return AssemblyMemo.Made(source: source, page: nil, diagnostics: []) }
            var diagnostics: [Diagnostic] = []
            let page = makePage(source, diagnostics: &diagnostics)
            return AssemblyMemo.Made(source: source, page: page, diagnostics: diagnostics)
        }
        var accepted: [(index: Int, page: SitePage)] = []
        accepted.reserveCapacity(sources.count)
        for (index, (source, made)) in zip(sources, made).enumerated() {
            if let entry = source.entry, !ids.insert(source.id).inserted {
                diagnostics.append(source.error("another entry of this file has the key '\(entry)'; give each entry a key of its own", at: "file"))
                continue
            }
            diagnostics += made.diagnostics
            guard let page = made.page else { continue }
            // Two `.bib` files with one key: the first in source order is kept, as within one file.
            // Two keys that make one slug (`a:b`, `a/b`) likewise.
            if let entry = source.entry, let first = owners[page.outputPath], Self.isBibEntry(first), Self.isBibEntry(source) {
                let firstPlace = first.anchors["file"]?.location.description ?? first.id.description
                let message = first.entry == entry
                    ? "duplicate key '\(entry)': the entry at \(firstPlace) is kept, this one is ignored"
                    : "the keys '\(first.entry ?? "")' and '\(entry)' make one URL, /\(page.route): the entry at \(firstPlace) is kept, this one is ignored; change one key"
                diagnostics.append(.warning(
                    message, at: source.anchors["file"]?.location ?? .start(of: source.sourcePath), sourceLine: source.anchors["file"]?.line))
                continue
            }
            // A page shown only in lists writes no file, so it cannot collide with one.
            if page.role != .listedOnly, let first = owners[page.outputPath] {
                diagnostics.append(source.error(
                    "two pages write /\(page.route): this one and the one at \(URLClaims.place(of: first)); give one of them another 'slug' or 'permalink'",
                    at: URLClaims.routeKey(of: source.frontMatter)))
                continue
            }
            if page.role != .listedOnly { owners[page.outputPath] = source }
            accepted.append((index, page))
        }
        let completedMade = accepted.parallelMap { index, page in
            if sameCompletion, made[index].completed != nil { return made[index] }
            return made[index].with(completed: complete(page, by: completion, earlier: earlierIndices[index].flatMap { earlierMade[$0].completed }))
        }
        memo.made = made
        var isAccepted = Array(repeating: false, count: made.count)
        for (accepted, completed) in zip(accepted, completedMade) {
            memo.made[accepted.index] = completed
            isAccepted[accepted.index] = true
        }
        // A page kept whole keeps its completion only while it is accepted: the next build
        // compares its inputs with this build's.
        for index in made.indices where !isAccepted[index] && made[index].completed != nil {
            memo.made[index] = made[index].with(completed: nil)
        }
        // Every accepted page was completed.
        let completed = completedMade.compactMap(\.completed)
        diagnostics += ScholarIndexing.warnings(for: completed.filter(\.unindexable).map(\.page))
        pages.reserveCapacity(completed.count + 2)
        for completed in completed {
            let page = completed.page
            attachments += completed.attachments
            diagnostics += completed.diagnostics
            if let section = page.section, page.route == section + "/" {
                sectionIntros[section] = page
            } else {
                pages.append(page)
            }
        }
        // `content/news.md` beside a `content/news/` folder introduces that folder's list, like `news/index.md`.
        let sections = Set(pages.compactMap(\.section))
        pages.removeAll { page in
            guard page.section == nil, page.route.hasSuffix("/"), sections.contains(String(page.route.dropLast())),
                  sectionIntros[String(page.route.dropLast())] == nil else { return false }
            var intro = page
            intro.section = String(page.route.dropLast())
            sectionIntros[String(page.route.dropLast())] = intro
            return true
        }
        pages = Self.inDisplayOrder(pages)
        pages += sectionLists(for: pages, intros: sectionIntros)
        if !pages.contains(where: { $0.kind == .home }) { pages.append(generatedHome()) }
        pages.append(notFoundPage())
        let claims = URLClaims(pages, files: files)
        diagnostics += claims.diagnostics
        attachments.sort { $0.outputPath < $1.outputPath }
        diagnostics += LocalFileCheck(files: files, pages: pages, attachments: attachments)
            .warnings(config: config, pages: pages, enrichments: enrichments)
        let site = Site(config: config, pages: pages, buildDate: buildDate, attachments: attachments, redirects: claims.redirects)
        memo.assembled = AssemblyMemo.Assembled(
            site: site, diagnostics: diagnostics, configInputs: AssemblyMemo.ConfigInputs(config), enrichments: enrichments,
            enrichmentContents: ordered.filter(\.frontMatter.model.isEnrichment).map(\.content))
        return Assembly(site: site, diagnostics: diagnostics, memo: memo)
    }

    /// `page` completed: its publication's files and enrichment, and the warnings about it that
    /// need them (Google Scholar's, a job posting's); `earlier` is what the earlier build
    /// completed of the page of the same `PageID`.
    func complete(_ page: SitePage, by completion: PublicationCompletion, earlier: PublicationCompletion.Completed?) -> PublicationCompletion.Completed {
        var completed = completion.complete(page, earlier: earlier?.made)
        completed.unindexable = ScholarIndexing.isUnindexable(completed.page)
        if let warning = JobPostingRequirements.warning(for: completed.page, organization: config.organization) {
            completed.diagnostics.append(warning)
        }
        return completed
    }

    /// By source path, the entries of one file in the file's order (as its format gave them): the
    /// order does not depend on the order in which files were parsed, and the first page of two
    /// that collide is the same in every build, the one written first.
    static func inSourceOrder(_ parsed: [ParsedPage]) -> [ParsedPage] {
        parsed.indices.sorted { lhs, rhs in
            parsed[lhs].sourcePath != parsed[rhs].sourcePath ? parsed[lhs].sourcePath < parsed[rhs].sourcePath : lhs < rhs
        }.map { parsed[$0] }
    }

    /// An entry of a `.bib` file: a publication page of a file of many.
    static func isBibEntry(_ page: ParsedPage) -> Bool {
        page.entry != nil && page.frontMatter.kind == .publication
    }

    func makePage(_ source: ParsedPage, diagnostics: inout [Diagnostic]) -> SitePage? {
        // An entry of a `.bib` file is at /publications/KEY/, whichever file it comes from.
        let isBibEntry = Self.isBibEntry(source)
        var segments = isBibEntry ? Route.segments(forPublication: source.entry ?? "")
            : Route.segments(forContentPath: source.sourcePath, entry: source.entry)
        let components = Route.components(of: source.sourcePath)
        let fileName = Route.stem(of: components.last ?? "")
        let isIndex = fileName == "index" && source.entry == nil
        if let slug = source.frontMatter.slug, !isIndex {
            guard Route.isValidSlug(slug) else {
                diagnostics.append(source.error("slug '\(slug)' must be one path segment, without '/', '..' or special characters", at: "slug"))
                return nil
            }
            segments[segments.count - 1] = slug
        } else if let entry = source.entry, !Route.isValidSlug(isBibEntry ? Route.slug(forKey: entry) : entry) {
            diagnostics.append(source.error(
                "the key '\(entry)' cannot be part of a URL: use a key without / \\ ? # % \" < > | * : or control characters", at: "file"))
            return nil
        }
        if !isBibEntry, let bad = segments.first(where: { !Route.isValidSlug($0) }) {
            diagnostics.append(source.error("the file path has a segment '\(bad)' that cannot be part of a URL; rename it", at: "file"))
            return nil
        }
        // An entry's file names its section, as a folder names the section of the files in it.
        let section = components.count > 2 || (source.entry != nil && segments.count > 1) ? segments.first : nil
        let date: ContentDate?
        switch source.frontMatter.model {
        case .news(let item): date = item.date
        case .publication(let publication): date = publication.date
        case .seminar(let session): date = session.date
        case .talk(let talk): date = talk.date
        default: date = source.frontMatter.date ?? DatePrefix.split(source.entry ?? components.last ?? "")?.date
        }
        let folderRoute = segments.isEmpty ? "" : segments.joined(separator: "/") + "/"
        var place = Permalink.Place(route: folderRoute, outputPath: Route.outputPath(for: folderRoute))
        if let permalink = source.frontMatter.permalink {
            let slug = segments.last.map { DatePrefix.split($0)?.rest ?? $0 } ?? ""
            let values = Permalink.Values(date: date, slug: slug, categories: source.frontMatter.categories)
            switch Permalink.place(of: permalink, key: "permalink", values: values) {
            case .success(let resolved) where Self.hasFilesBeside(source.frontMatter.kind) && !resolved.route.hasSuffix("/") && !resolved.route.isEmpty:
                diagnostics.append(source.error(
                    "permalink '\(permalink)' names a file, but a \(source.frontMatter.kind.rawValue) page needs a folder for the files written beside it: end it with '/'",
                    at: "permalink"))
                return nil
            case .success(let resolved): place = resolved
            case .failure(let problem):
                diagnostics.append(source.error(problem.message, at: "permalink"))
                return nil
            }
        }
        let route = place.route
        let kind = route.isEmpty ? .home : source.frontMatter.kind
        let name = source.entry ?? fileName
        let title = source.frontMatter.title ?? source.body.extractedTitle ?? Self.modelTitle(source.frontMatter.model)
            ?? Self.humanize(isIndex ? (section ?? "Home") : DatePrefix.split(name)?.rest ?? name)
        var role = SitePage.Role.content
        if case .news = source.frontMatter.model, source.frontMatter.title == nil, source.body.extractedTitle == nil {
            role = .listedOnly
        }
        return SitePage(
            id: source.id, kind: kind, title: title, date: date, route: route,
            outputPath: place.outputPath, content: source.content,
            section: section, listedPages: [], role: role,
            timeStatus: TimeStatus(of: source.frontMatter.model, on: BuildDay(buildDate)), anchors: source.anchors)
    }

    /// Whether pages of `kind` have files written in their folder (a paper's BibTeX and PDF, a
    /// session's calendar), so that their URL must be a folder.
    static func hasFilesBeside(_ kind: PageKind) -> Bool {
        kind == .publication || kind == .seminar
    }

    /// A list page for every first-level folder of `content/`, with the folder's `index.md` as
    /// its title and introduction when there is one.
    private func sectionLists(for pages: [SitePage], intros: [String: SitePage]) -> [SitePage] {
        var members: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() {
            if let section = page.section { members[section, default: []].append(index) }
        }
        return Set(members.keys).union(intros.keys).sorted().map { section in
            let outputPath = Route.outputPath(for: section + "/")
            var list = intros[section] ?? SitePage(
                id: .generated(outputPath: outputPath), kind: PageKind(name: section) ?? .page, title: Self.sectionTitle(section),
                date: nil, route: section + "/", outputPath: outputPath,
                content: .empty, section: section, listedPages: [], role: .sectionList)
            list.role = .sectionList
            list.kind = Self.listKind(of: section, members: (members[section] ?? []).map { pages[$0].kind }) ?? list.kind
            list.listedPages = members[section] ?? []
            return list
        }
    }

    /// The kind a section's list shows: the folder's, except that a `talks/` folder of seminar
    /// sessions only (as sites had before talks given were a kind) stays a list of sessions.
    static func listKind(of section: String, members: [PageKind]) -> PageKind? {
        let kind = PageKind(name: section)
        if kind == .talk, !members.isEmpty, members.allSatisfy({ $0 == .seminar }) { return .seminar }
        return kind
    }

    private func generatedHome() -> SitePage {
        SitePage(
            id: .generated(outputPath: "index.html"), kind: .home, title: config.title, date: nil, route: "", outputPath: "index.html",
            content: PageContent(body: MarkdownDocument(html: "", summary: config.description)),
            section: nil, listedPages: [], role: .content)
    }

    private func notFoundPage() -> SitePage {
        SitePage(
            id: .generated(outputPath: "404.html"), kind: .page, title: "Page not found", date: nil, route: "404/", outputPath: "404.html",
            content: .empty, section: nil, listedPages: [], role: .notFound)
    }

    /// Newest first; undated pages after dated ones, by title; ties by route, so order is stable.
    ///
    /// Sorts small keys, then moves each page once: sorting the pages themselves copied two
    /// whole pages per comparison, most of a rebuild's assembly time on a large site.
    static func inDisplayOrder(_ pages: [SitePage]) -> [SitePage] {
        let keys = pages.indices.map { OrderKey(date: pages[$0].date?.orderingValue, title: pages[$0].title, route: pages[$0].route, index: $0) }
        return keys.sorted().map { pages[$0.index] }
    }

    private struct OrderKey: Comparable {
        var date: Int64?
        var title: String
        var route: String
        var index: Int

        static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
            switch (lhs.date, rhs.date) {
            case let (l?, r?) where l != r: return l > r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (lhs.title, lhs.route, lhs.index) < (rhs.title, rhs.route, rhs.index)
            }
        }
    }

    /// A title a model can give a page that has none: a seminar is named by its series or place.
    static func modelTitle(_ model: PageModel) -> String? {
        guard case .seminar(let session) = model else { return nil }
        return session.series ?? session.location.map { "Seminar, \($0)" } ?? "Seminar"
    }

    static func sectionTitle(_ section: String) -> String {
        switch PageKind(name: section) {
        case .news: return "News"
        case .publication: return "Publications"
        case .seminar: return "Seminars"
        case .talk: return "Talks"
        case .job: return "Jobs"
        default: return humanize(section)
        }
    }

    /// `my-phd_project` → `My phd project`.
    static func humanize(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
