import Foundation
import Testing

/// The JSON-LD of built pages: exact text, read back by Foundation's JSON parser, one script per
/// page, and no `JobPosting` where Google forbids one.
@Suite struct JSONLDSiteTests {
    static func built(baseURL: String? = nil) throws -> (site: TempSite, rendered: String) {
        let site = try TempSite(StructuredSite.files)
        let report = site.build(baseURL: baseURL)
        #expect(report.succeeded)
        return (site, report.rendered)
    }

    /// The page's one JSON-LD script, parsed; nil when it has none.
    static func script(_ path: String, in site: TempSite) throws -> (text: String, json: [String: Any])? {
        let scripts = StructuredSite.jsonLD(try #require(site.page(path), "\(path)"))
        #expect(scripts.count <= 1, "one script per page: \(path)")
        guard let text = scripts.first else { return nil }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(path)")
        #expect(json["@context"] as? String == "https://schema.org")
        return (text, json)
    }

    @Test func theHomePageDescribesItsOwnerAndTheSite() throws {
        let (site, _) = try Self.built()
        let script = try #require(try Self.script("index.html", in: site))
        #expect(script.text == #"{"@context":"https://schema.org","@graph":[{"@type":"Person","name":"Ana Costa","jobTitle":"Researcher","#
            + #""affiliation":{"@type":"Organization","name":"Institute of Tests"},"#
            + #""image":"https://lab.example.org/img/ana.jpg","url":"https://lab.example.org/","#
            + #""sameAs":["https://orcid.org/0000-0002-1825-0097"]},{"@type":"WebSite","name":"Lab of Ana","url":"https://lab.example.org/"}]}"#)
        let graph = try #require(script.json["@graph"] as? [[String: Any]])
        #expect(graph.map { $0["@type"] as? String } == ["Person", "WebSite"])
    }

    @Test func aHomePageThatHidesTheProfileHasOnlyTheWebSite() throws {
        var files = StructuredSite.files
        files["content/index.md"] = "---\nauthor_profile: false\n---\nWelcome.\n"
        let site = try TempSite(files)
        site.build()
        #expect(try Self.script("index.html", in: site)?.text
            == #"{"@context":"https://schema.org","@type":"WebSite","name":"Lab of Ana","url":"https://lab.example.org/"}"#)
        #expect(site.page("index.html")?.contains(#"<meta property="og:type" content="website">"#) == true)
    }

    @Test func aPaperIsAScholarlyArticleWithEveryAuthorInOrder() throws {
        let (site, _) = try Self.built()
        let script = try #require(try Self.script("publications/full2024/index.html", in: site))
        #expect(script.text == #"{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"On Sparse factors \u003cb\u003e","#
            + #""headline":"On Sparse factors \u003cb\u003e","author":[{"@type":"Person","name":"Ana Costa"},"#
            + #"{"@type":"Person","name":"Jean de la Fontaine"},{"@type":"Person","name":"Léa Martin"}],"#
            + #""editor":[{"@type":"Person","name":"John Smith"}],"datePublished":"2024-03-09","#
            + #""isPartOf":{"@type":"Periodical","name":"Journal of Tests"},"publisher":{"@type":"Organization","name":"Test Press"},"#
            + #""identifier":[{"@type":"PropertyValue","propertyID":"DOI","value":"10.1000/xyz.1"},"#
            + #"{"@type":"PropertyValue","propertyID":"arXiv","value":"2401.00001"}],"#
            + #""sameAs":["https://doi.org/10.1000/xyz.1","https://arxiv.org/abs/2401.00001"],"isbn":"978-3-16-148410-0","#
            + #""abstract":"We study \u003c/script\u003e factors.","keywords":"sparsity, factors","inLanguage":"English","#
            + #""url":"https://lab.example.org/publications/full2024/"}"#)
        #expect(script.json["abstract"] as? String == "We study </script> factors.")
        let types = try ["thesis2023", "tr2022", "ch2021"].map { try Self.script("publications/\($0)/index.html", in: site)?.json["@type"] as? String }
        #expect(types == ["Thesis", "Report", "Chapter"])
        #expect(try Self.script("publications/thesis2023/index.html", in: site)?.json["datePublished"] as? String == "2023-01")
    }

    @Test func aNewsItemIsABlogPostingByTheSitesAuthor() throws {
        let (site, _) = try Self.built()
        #expect(try Self.script("news/2026-03-01-grant/index.html", in: site)?.text
            == #"{"@context":"https://schema.org","@type":"BlogPosting","headline":"A grant","datePublished":"2026-03-01","#
            + #""author":{"@type":"Person","name":"Ana Costa","url":"https://lab.example.org/"},"url":"https://lab.example.org/news/2026-03-01-grant/"}"#)
    }

    @Test func anOpenOfferIsAJobPostingWithItsPlaceAndSalary() throws {
        let (site, _) = try Self.built()
        let script = try #require(try Self.script("jobs/open/index.html", in: site))
        #expect(script.text == #"{"@context":"https://schema.org","@type":"JobPosting","title":"Postdoc","#
            + #""description":"\u003cp\u003eWork with us.\u003c/p\u003e","datePosted":"2026-05-01","validThrough":"2026-07-01","#
            + #""employmentType":"FULL_TIME","hiringOrganization":{"@type":"Organization","name":"Institute of Tests","sameAs":"https://tests.example.org/"},"#
            + #""jobLocation":{"@type":"Place","name":"Lyon","address":{"@type":"PostalAddress","streetAddress":"1 rue A","#
            + #""addressLocality":"Lyon","addressRegion":"Rhône","postalCode":"69001","addressCountry":"FR"}},"#
            + #""baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":40000,"maxValue":45000,"unitText":"YEAR"}},"#
            + #""identifier":{"@type":"PropertyValue","name":"Institute of Tests","value":"open"},"url":"https://lab.example.org/jobs/open/"}"#)
        for key in ["title", "description", "datePosted", "hiringOrganization", "jobLocation"] {
            #expect(script.json[key] != nil, "Google requires \(key)")
        }
        // What the markup says, the page shows.
        let html = try #require(site.page("jobs/open/index.html"))
        for shown in ["<dd>Full-time</dd>", "<dd>1 rue A, 69001 Lyon, Rhône, FR</dd>", "Institute of Tests</a>", #"<time datetime="2026-05-01">"#] {
            #expect(html.contains(shown), "\(shown)")
        }
    }

    @Test func aRemoteOfferIsTelecommuteAndAHedgedSalaryIsNoFigure() throws {
        let (site, _) = try Self.built()
        let json = try #require(try Self.script("jobs/remote/index.html", in: site)?.json)
        #expect(json["jobLocationType"] as? String == "TELECOMMUTE")
        #expect((json["applicantLocationRequirements"] as? [String: Any])?["name"] as? String == "FR")
        #expect(json["jobLocation"] == nil && json["baseSalary"] == nil)
        #expect(site.page("jobs/remote/index.html")?.contains("<dt>Remote work</dt><dd>Yes, from FR</dd>") == true)
    }

    @Test func aClosedOfferAndListPagesHaveNoJobPosting() throws {
        let (site, _) = try Self.built()
        #expect(try Self.script("jobs/closed/index.html", in: site) == nil)
        for path in ["jobs/index.html", "publications/index.html", "news/index.html", "404.html"] {
            #expect(try Self.script(path, in: site) == nil, "\(path)")
            #expect(site.page(path)?.contains("JobPosting") == false, "\(path)")
        }
        // Closed on the build day after its deadline: the same offer built earlier has its markup.
        let earlier = try TempSite(StructuredSite.files)
        earlier.build(now: "2026-01-15")
        #expect(try Self.script("jobs/closed/index.html", in: earlier)?.json["@type"] as? String == "JobPosting")
    }

    @Test func anOpenOfferWithoutDateOrOrganizationHasNoMarkupAndAWarning() throws {
        let site = try TempSite(["site.yml": "title: L\nbase_url: https://l.example/\n", "content/jobs/a.md": "---\ntitle: A\n---\nText.\n"])
        #expect(site.build().rendered == """
            content/jobs/a.md:1:1: warning: this open job offer has no JobPosting markup for Google, as it needs a 'date' (the day it was posted) and 'organization:' in site.yml (the employer)
             1 | ---
               | ^
            """)
        #expect(try Self.script("jobs/a/index.html", in: site) == nil)
    }

    /// Without a host nothing absolute is written, never a relative or wrong URL, and one
    /// warning says so.
    @Test func withoutAHostAbsoluteURLsAreLeftOutWithOneWarning() throws {
        let (site, rendered) = try Self.built(baseURL: "/lab/")
        #expect(rendered == "warning: base_url has no host, so sitemap.xml, robots.txt, news/atom.xml and publications/atom.xml are not written "
            + "and pages have no canonical link, "
            + "og:url, og:image, citation_pdf_url, citation_abstract_html_url or JSON-LD url; give a full URL such as https://example.org/ in site.yml or with --base-url")
        for path in ["index.html", "publications/full2024/index.html", "jobs/open/index.html", "news/2026-03-01-grant/index.html"] {
            let html = try #require(site.page(path))
            for absent in ["rel=\"canonical\"", "og:url", "og:image", "citation_pdf_url", "citation_abstract_html_url", "\"url\":", "\"image\":"] {
                #expect(!html.contains(absent), "\(path): \(absent)")
            }
        }
        #expect(try Self.script("publications/full2024/index.html", in: site)?.json["name"] as? String == "On Sparse factors <b>")
        #expect(StructuredSite.scholarTags(try #require(site.page("publications/full2024/index.html"))).count == 17)
    }
}
