import Build
import Foundation
import Models
import Testing

/// OpenGraph, `twitter:card`, the canonical link and `<meta name="description">` on every page.
@Suite struct SharingTagsTests {
    @Test func aPaperPageHasItsSharingTagsInOrder() throws {
        let site = try TempSite(StructuredSite.files)
        site.build()
        let tags = StructuredSite.headTags(try #require(site.page("publications/tr2022/index.html")))
        #expect(Array(tags.prefix(8)) == [
            #"<meta name="description" content="R.">"#,
            #"<link rel="canonical" href="https://lab.example.org/publications/tr2022/">"#,
            #"<meta property="og:title" content="Report">"#,
            #"<meta property="og:description" content="R.">"#,
            #"<meta property="og:type" content="article">"#,
            #"<meta property="og:site_name" content="Lab of Ana">"#,
            #"<meta property="og:url" content="https://lab.example.org/publications/tr2022/">"#,
            #"<meta name="twitter:card" content="summary">"#,
        ])
    }

    /// Pages without a summary of their own describe what they show; a long text is cut at a word.
    @Test func everyPageHasADescriptionFromWhatItShows() throws {
        let site = try TempSite(StructuredSite.files.merging([
            "content/jobs/bare.md": "---\ntitle: Bare\nposition: engineer\nlocation: Lyon\ndeadline: 2026-09-01\n---\n",
            "content/seminars/2026-07-01-s.md": "---\ntalks:\n  - title: On graphs\n    speaker: B. C.\n---\n",
            "content/publications/long.md": "---\ntitle: Long\nyear: 2020\nauthors: [A. B.]\nabstract: \"" + String(repeating: "word ", count: 80) + "end\"\n---\n",
        ]) { $1 })
        site.build()
        func description(_ path: String) throws -> String {
            let html = try #require(site.page(path), "\(path)")
            let line = try #require(html.split(separator: "\n").first { $0.hasPrefix(#"<meta name="description""#) }, "\(path)")
            return String(line.dropFirst(#"<meta name="description" content=""#.count).dropLast(2))
        }
        #expect(try description("index.html") == "Welcome to the lab.")
        #expect(try description("jobs/index.html") == "Jobs · Lab of Ana")
        #expect(try description("jobs/bare/index.html") == "Engineer position · Lyon · apply by 2026-09-01")
        #expect(try description("seminars/2026-07-01-s/index.html") == "B. C.: On graphs")
        #expect(try description("404.html") == "Page not found · Lab of Ana")
        let long = try description("publications/long/index.html")
        #expect(long == String(repeating: "word ", count: 58) + "word…", "cut at the last space within 300 characters")
        for path in site.outputFiles().keys where path.hasSuffix(".html") {
            #expect(try !description(path).isEmpty, "\(path)")
        }
    }

    /// The demo site: every page has one description, every JSON-LD block parses, open offers
    /// only carry a JobPosting, and Scholar dates have slashes.
    @Test func theDemoSiteSaysWhatMachinesNeed() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let output = try TempSite()
        let report = SiteBuilder().build(BuildOptions(source: repository, output: output.output, buildDate: ContentDate(year: 2026, month: 11, day: 22)))
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        var postings: [String] = []
        for (path, data) in output.outputFiles() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.components(separatedBy: #"<meta name="description" content=""#).count == 2, "\(path)")
            #expect(!html.contains(#"<meta name="description" content="">"#), "\(path)")
            for script in StructuredSite.jsonLD(html) {
                let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any], "\(path)")
                if json["@type"] as? String == "JobPosting" { postings.append(path) }
            }
            for line in StructuredSite.scholarTags(html) where line.contains("citation_publication_date") {
                #expect(line.range(of: #"content="\d{4}(/\d{2}(/\d{2})?)?""#, options: .regularExpression) != nil, "\(line)")
            }
        }
        #expect(postings == ["jobs/postdoc-adaptive-methods/index.html"])
    }
}
