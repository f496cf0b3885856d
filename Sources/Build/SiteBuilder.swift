import Derived
import Diagnostics
import Foundation
import Load
import Models
import Output
import Parallel
import Parse
import Render
import Site

/// Runs the pipeline: load → parse → assemble → render → derive → write, timing each stage.
/// This is the API the command line and the preview server call, and what tests drive.
public struct SiteBuilder: Sendable {
    /// The formats of the source files under `content/` that become pages.
    public let formats: SourceFormats

    public init(formats: SourceFormats = .standard) {
        self.formats = formats
    }

    /// The result of the stages before writing: every output file, and the report so far.
    public struct Generated: Sendable {
        public var items: [OutputItem]
        public var report: BuildReport
        /// Files the build read outside `content/`, `templates/`, `assets/` and `site.yml`
        /// (`site.yml`'s `bibliography:`), relative to the site folder: what a watcher must
        /// watch besides those.
        public var namedFiles: [String] = []
        /// The stamps those files had when they were read.
        public var namedStamps: [String: FileStamp] = [:]
        /// Where each page of the output (`news/a/index.html`) starts in its source: the first
        /// line of its file, or its entry's line in a `.bib` file.
        public var pageStarts: [String: SourceLocation] = [:]
        /// The base path (`/` or `/lab-site/`) and origin (`https://host`, when known) the site
        /// was built for: how its pages' URLs read.
        public var basePath = "/"
        public var origin: String?
    }

    /// Builds the site and writes it to `options.output`, leaving the previous output in place
    /// when anything fails. `interruption` lets a signal stop the build cleanly; `onWait` is
    /// told when another build into the same output makes this one wait. With a record folder,
    /// a build that finds nothing changed since the last one writes nothing and says so.
    public func build(
        _ options: BuildOptions, interruption: WriteInterruption? = nil, onWait: @escaping @Sendable (String) -> Void = { _ in }
    ) -> BuildReport {
        var writer = OutputWriter(destination: options.output, protecting: [options.source])
        writer.interruption = interruption
        writer.onWait = onWait
        let start = DispatchTime.now().uptimeNanoseconds
        // Opened first, so that each page is written as it is rendered, not held to the end.
        let session: OutputSession
        do {
            session = try writer.open()
        } catch {
            return BuildReport(diagnostics: error.diagnostics)
        }
        var clock = StageClock()
        // Opening (the lock, the previous output's files), the record and the stamps.
        var check = BuildCheck(options: options, formats: formats)
        if check != nil { clock.record("check", since: start) }
        if let unchanged = check?.unchanged(output: session.previousInventory) {
            var report = unchanged.unchangedReport()
            report.diagnostics += session.abandon()
            report.timings = clock.timings
            return report
        }
        var generated: Generated
        do {
            // Let go before writing: a build that writes nothing more keeps nothing for later.
            var memo = BuildMemo()
            memo.keepsInputs = false
            generated = generate(options, memo: &memo, invalidated: nil, writingPagesTo: session)
        }
        generated.report.timings = clock.timings + generated.report.timings
        guard generated.report.succeeded else {
            generated.report.diagnostics += session.abandon()
            return generated.report
        }
        clock = StageClock()
        do {
            let outcome = try clock.measure("write") { () throws -> OutputWriter.Outcome in
                for item in generated.items { session.put(item) }
                return try session.finish(takingInventory: check != nil)
            }
            if let check, let output = outcome.inventory,
               let problem = clock.measure("record", { check.record(generated, output: output, settling: options.recordSettling) }) {
                generated.report.diagnostics.append(problem)
            }
            generated.report.bytesWritten = outcome.bytesWritten
            generated.report.outputUnchanged = outcome.unchanged
            generated.report.diagnostics += outcome.warnings
        } catch let error as DiagnosticError {
            generated.report.diagnostics += error.diagnostics
        } catch {
            generated.report.diagnostics.append(.error("\(error)", at: nil))
        }
        generated.report.timings += clock.timings
        return generated.report
    }

    /// Runs every stage but writing. Stops after a stage that found errors.
    public func generate(_ options: BuildOptions) -> Generated {
        var memo = BuildMemo()
        return generate(options, memo: &memo)
    }

    /// Runs every stage but writing, reusing what `memo` holds from the previous build and
    /// leaving in it what the next may reuse. `invalidated` names files to read again even
    /// if their stamp did not move (a file watcher saw them change).
    public func generate(_ options: BuildOptions, memo: inout BuildMemo, invalidated: Set<String>? = nil) -> Generated {
        generate(options, memo: &memo, invalidated: invalidated, writingPagesTo: nil)
    }

    /// With `session`, each page goes into it as it is rendered and is left out of the items.
    private func generate(
        _ options: BuildOptions, memo: inout BuildMemo, invalidated: Set<String>?, writingPagesTo session: OutputSession?
    ) -> Generated {
        var report = BuildReport()
        var clock = StageClock()
        var namedFiles: [String] = []
        var namedStamps: [String: FileStamp] = [:]
        var pageStarts: [String: SourceLocation] = [:]
        var address: (basePath: String, origin: String?) = ("/", nil)
        func finish(_ items: [OutputItem] = []) -> Generated {
            report.timings = clock.timings
            report.diagnostics = report.diagnostics.sortedByLocation()
            return Generated(items: items, report: report, namedFiles: namedFiles, namedStamps: namedStamps, pageStarts: pageStarts, basePath: address.basePath, origin: address.origin)
        }

        let scanner = SiteScanner(root: options.source)
        let formats = self.formats
        var loader = SiteLoader(scanner: scanner, isSource: { formats.format(for: $0) != nil }, previous: memo.loaded, invalidated: invalidated)
        // A build that keeps nothing reads each source as it parses it, and lets it go after.
        loader.readsAhead = memo.keepsInputs
        loader.previousSite = memo.lastLoad
        // The loader updates what the memo held in place: the memo lets go of it first.
        (memo.loaded, memo.lastLoad) = ([:], nil)
        let (loaded, files, changed) = clock.measure("load") { loader.load() }
        if memo.keepsInputs { (memo.loaded, memo.lastLoad) = (files, loaded) }
        report.diagnostics += loaded.diagnostics
        if report.diagnostics.hasErrors { return finish() }

        let parsed = clock.measure("parse") {
            parse(loaded, changed: changed, options: options, memo: &memo, named: NamedFileLoader(scanner: scanner, previous: files, invalidated: invalidated))
        }
        if session?.isInterrupted == true { return finish() }
        report.diagnostics += parsed.diagnostics
        namedFiles = parsed.namedFiles
        namedStamps = parsed.namedStamps
        guard let config = parsed.config, let templates = parsed.templates, !report.diagnostics.hasErrors else { return finish() }

        let assembled = clock.measure("assemble") {
            SiteAssembler(config: config, buildDate: options.buildDate, includeDrafts: options.includeDrafts)
                .assemble(parsed.pages, files: Self.siteFiles(loaded), earlier: memo.assembly)
        }
        report.diagnostics += assembled.diagnostics
        if report.diagnostics.hasErrors { return finish() }
        memo.assembly = assembled.memo
        address = (config.basePath, config.origin)
        for page in assembled.site.pages where page.role != .listedOnly {
            if let start = page.anchors["file"]?.location { pageStarts[page.outputPath] = start }
        }

        var others: [OutputItem] = []
        for file in loaded.staticFiles {
            others.append(OutputItem(path: file.relativePath, source: .copy(file.url), origin: file.path))
        }
        for (path, source) in loaded.theme.assets.sorted(by: { $0.key < $1.key }) {
            let origin = "assets/\(path)"
            switch source {
            case .file(let url): others.append(OutputItem(path: "assets/\(path)", source: .copy(url), origin: origin))
            case .embedded(let bytes): others.append(OutputItem(path: "assets/\(path)", source: .bytes(bytes), origin: origin))
            }
        }
        var filesCopied = others.count
        for attachment in assembled.site.attachments {
            switch attachment.source {
            case .bytes(let bytes):
                others.append(OutputItem(path: attachment.outputPath, source: .bytes(bytes), origin: attachment.origin))
            case .siteFile(let path):
                others.append(OutputItem(path: attachment.outputPath, source: .copy(scanner.root.appendingPathComponent(path)), origin: path))
                filesCopied += 1
            }
        }

        // Feeds, calendars and the sitemap need the pages, not their HTML: they are worked out
        // while the pages render. A build whose pages all render writes every page's path.
        let site = assembled.site
        let written = site.pages.filter { $0.role != .listedOnly }.map(\.outputPath) + others.map(\.path)
        let earlierDerived = memo.derived
        let configSource = BuildMemo.ConfigSource(
            bytes: loaded.config?.bytes, source: options.source, baseURL: options.baseURL, keepsConfiguredOrigin: options.keepsConfiguredOrigin)
        let sameConfig = memo.derivedConfig == configSource
        let deriving = BackgroundValue { DerivedStage().derive(from: site, besides: written, earlier: earlierDerived, sameConfig: sameConfig) }

        let emit = session.map { session in
            { @Sendable (file: RenderedFile) in session.put(Self.item(of: file)) }
        }
        // A build that writes as it renders and keeps nothing for a next one lets go of each
        // page's body once written, but for those the feeds read.
        let kept = session != nil && !memo.keepsInputs ? DerivedStage().pagesReadingBody(of: site) : nil
        let rendered = clock.measure("render") {
            PageRenderer(templates: templates).render(site, reusing: memo.render, emit: emit, keepingBodiesOf: kept)
        }
        report.diagnostics += rendered.diagnostics
        report.pagesRendered = rendered.renderedCount
        if report.diagnostics.hasErrors || session?.isInterrupted == true { return finish() }
        memo.render = rendered.memo
        for page in site.pages where page.role != .notFound && page.role != .listedOnly {
            report.pagesByKind[page.role == .sectionList ? "lists" : page.kind.rawValue, default: 0] += 1
        }
        report.filesCopied = filesCopied

        let (derived, derivedMemo) = clock.measure("derive") { deriving.value }
        report.diagnostics += derived.diagnostics
        if report.diagnostics.hasErrors { return finish() }
        (memo.derived, memo.derivedConfig) = (derivedMemo, configSource)
        return finish(rendered.files.map(Self.item(of:)) + others + derived.files.map { OutputItem(path: $0.path, source: .bytes($0.contents), origin: "generated /\($0.path)") })
    }

    /// A rendered page as an output item.
    private static func item(of page: RenderedFile) -> OutputItem {
        OutputItem(path: page.path, source: .bytes(page.contents), origin: "page /\(page.path)")
    }

    /// The files copied as they are: under `content/`, the site's own assets, and the built-in ones.
    static func siteFiles(_ loaded: LoadedSite) -> SiteFiles {
        var files = loaded.staticFiles.map { (sourcePath: $0.path, outputPath: $0.relativePath) }
        var builtIn: [String] = []
        for (path, source) in loaded.theme.assets {
            switch source {
            case .file: files.append((sourcePath: "\(SiteLayout.assetsFolder)/\(path)", outputPath: "assets/\(path)"))
            case .embedded: builtIn.append("assets/\(path)")
            }
        }
        return SiteFiles(files, builtInAssets: builtIn)
    }
}
