import Diagnostics
import Foundation
import Load
import Models
import Parallel
import Parse
import Render
import YAML

extension SiteBuilder {
    struct ParseResult {
        var config: SiteConfig?
        var templates: TemplateSet?
        var pages: [ParsedPage] = []
        var diagnostics: [Diagnostic] = []
        var namedFiles: [String] = []
        var namedStamps: [String: FileStamp] = [:]
    }

    /// Decodes `site.yml`, compiles the templates and parses every source file into its pages;
    /// a file whose bytes are those the memo parsed, by the same format with the same settings
    /// (the raw HTML mode), keeps its earlier pages, and a changed one is parsed with what its
    /// format made of it before. With `changed` (the sources the loader read again, new or
    /// gone), every other source of `content/` keeps its earlier pages without a look at its bytes.
    func parse(_ loaded: LoadedSite, changed: Set<String>?, options: BuildOptions, memo: inout BuildMemo, named: NamedFileLoader) -> ParseResult {
        var result = ParseResult()
        var loaded = loaded
        // The templates compile on a thread of their own while the pages parse.
        let (theme, previousTemplates) = (loaded.theme, memo.templates)
        let compiling = BackgroundValue { TemplateSet.compile(theme, reusing: previousTemplates) }
        func takeTemplates() {
            let compiled = compiling.value
            result.templates = compiled.templates
            if let templates = compiled.templates { memo.templates = templates }
            result.diagnostics += compiled.diagnostics
        }
        result.config = decodeConfig(loaded.config, options: options, diagnostics: &result.diagnostics)
        guard let config = result.config else {
            takeTemplates()
            return result
        }
        let bibliography = BibliographyFiles(formats: formats, loader: named)
            .load(config.publications, besides: loaded.sources)
        loaded.sources += bibliography.files.map { .read($0.file) }
        if memo.keepsInputs {
            for file in bibliography.files { memo.loaded[file.file.path] = file }
        }
        result.diagnostics += bibliography.diagnostics
        result.namedFiles = bibliography.watched
        for file in bibliography.files where bibliography.watched.contains(file.file.path) {
            result.namedStamps[file.file.path] = file.stamp
        }
        let settings = ParseSettings(rawHTML: config.rawHTML, mathMacros: config.mathMacros)
        // Taken out of the memo, so that it is updated in place.
        var known = memo.parsedSettings == settings ? memo.parsed : [:]
        memo.parsed = [:]
        memo.parsedSettings = settings
        let sources = loaded.sources
        // A source of `content/` the loader did not read again keeps its parse; any other is
        // parsed, or kept when its bytes are those parsed before.
        let contentCount = sources.count - bibliography.files.count
        var outcomes: [Result<BuildMemo.ParsedFile, Diagnostic>?] = sources.indices.map { index in
            guard index < contentCount, changed?.contains(sources[index].path) == false else { return nil }
            return known[sources[index].path].map { .success($0) }
        }
        let toParse = outcomes.indices.filter { index in
            if case .some = outcomes[index] { false } else { true }
        }
        let formats = self.formats
        let keepsInputs = memo.keepsInputs
        let parse = { (earlierParses: [String: BuildMemo.ParsedFile]) in
            toParse.parallelMap { index -> Result<BuildMemo.ParsedFile, Diagnostic>? in
                // The loader took as sources only the files a format takes.
                guard let format = formats.format(for: sources[index].path) else { return nil }
                return sources[index].file().map { file in
                    let formatType = ObjectIdentifier(type(of: format))
                    let earlier = earlierParses[file.path].flatMap { $0.format == formatType ? $0 : nil }
                    if let earlier, earlier.bytes == file.bytes { return earlier }
                    let outcome = format.parse(file, settings: settings, earlier: earlier?.outcome)
                    // Without a next build to compare with, the bytes are let go with the file.
                    return BuildMemo.ParsedFile(bytes: keepsInputs ? file.bytes : [], format: formatType, outcome: outcome)
                }
            }
        }
        for (index, outcome) in zip(toParse, parse(known)) {
            outcomes[index] = outcome
            switch outcome {
            case .success(let parsed): if keepsInputs { known[sources[index].path] = parsed }
            case .failure, .none: known[sources[index].path] = nil
            }
        }
        takeTemplates()
        result.pages.reserveCapacity(sources.count)
        var parsedCount = 0
        for outcome in outcomes {
            switch outcome {
            case .none: continue
            case .failure(let diagnostic): result.diagnostics.append(diagnostic)
            case .success(let parsed):
                parsedCount += 1
                result.pages += parsed.outcome.pages
                result.diagnostics += parsed.outcome.diagnostics
            }
        }
        // What the memo held of files no longer among the sources goes.
        if keepsInputs, known.count != parsedCount {
            let paths = Set(sources.map(\.path))
            known = known.filter { paths.contains($0.key) }
        }
        memo.parsed = keepsInputs ? known : [:]
        return result
    }

    private func decodeConfig(_ file: SourceFile?, options: BuildOptions, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let defaultTitle = options.source.lastPathComponent
        var config: SiteConfig?
        if let file {
            switch file.text() {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            case .success(let text):
                let decoder = YAMLDecoder(path: file.path, lines: LineIndex(text: text))
                do {
                    config = SiteConfig.decode(try YAMLParser().parse(text), decoder: decoder, defaultTitle: defaultTitle)
                } catch {
                    decoder.report(error)
                }
                diagnostics += decoder.diagnostics
            }
        } else {
            config = SiteConfig(title: defaultTitle)
        }
        if let baseURL = options.baseURL, config != nil {
            guard let split = SiteConfig.splitBaseURL(baseURL) else {
                diagnostics.append(.error("--base-url '\(baseURL)' is not a base URL: give https://host/path/ or a path such as /lab-site/", at: nil))
                return nil
            }
            if split.origin != nil || !options.keepsConfiguredOrigin { config?.origin = split.origin }
            config?.basePath = split.basePath
        }
        return config
    }
}
