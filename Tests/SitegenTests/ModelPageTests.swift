import Foundation
import Testing

/// Each page model, built in a temporary site and checked on its pages.
@Suite struct ModelPageTests {
    static let config = "title: Lab\nauthor:\n  name: Léa Martin\n  email: lea@example.org\nowner_names: [Léa Martin, L. Martin]\n"

    @Test func newsWithAndWithoutTitles() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/news/2026-03-01-grant.md": "---\ntitle: A grant\n---\nDetails.\n",
            "content/news/2025-12-24-short.md": "We moved to the *new* building.\n",
        ])
        #expect(site.build().succeeded)
        let list = try #require(site.page("news/index.html"))
        #expect(list.contains(#"<h2 id="year-2026">2026</h2>"#))
        #expect(list.contains(#"<a href="/news/2026-03-01-grant/">A grant</a>"#))
        #expect(list.contains("<p>We moved to the <em>new</em> building.</p>"))
        #expect(try #require(list.range(of: "year-2026")).lowerBound < #require(list.range(of: "year-2025")).lowerBound)
        #expect(site.page("news/2026-03-01-grant/index.html")?.contains(#"<time datetime="2026-03-01">1 March 2026</time>"#) == true)
        #expect(site.page("news/2025-12-24-short/index.html") == nil)
    }

    @Test func untitledNewsWritesNoFileSoCannotCollide() throws {
        let site = try TempSite([
            "content/news/2026-01-01-a.md": "Inline item.\n",
            "content/news/b.md": "---\ntitle: B\ndate: 2026-01-02\nslug: 2026-01-01-a\n---\nx\n",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        #expect(site.page("news/2026-01-01-a/index.html")?.contains("<h1>B</h1>") == true)
        #expect(site.page("news/index.html")?.contains("<p>Inline item.</p>") == true)
    }

    @Test func newsWithoutADateIsAnError() throws {
        let site = try TempSite(["content/news/moved.md": "We moved.\n"])
        #expect(site.build().diagnostics.map(\.headline)
            == ["content/news/moved.md:1:1: error: a news item needs a 'date' (or a file name starting with YYYY-MM-DD-)"])
    }

    @Test func publicationShowsAuthorsLinksAndAbstract() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/publications/p.md": """
                ---
                title: On sparse factors
                authors: [Ana Costa, "Lea  Martin", L. Martin]
                year: 2024
                venue: ICML
                type: conference
                links: {arxiv: "2401.00001", doi: "10.1000/xyz", code: "https://example.org/code", Dataset: "https://example.org/data"}
                abstract: We study sparse factors.
                ---
                """,
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.rendered)")
        let page = try #require(site.page("publications/p/index.html"))
        #expect(page.contains(#"Ana Costa, <strong class="owner">Lea Martin</strong>, <strong class="owner">L. Martin</strong>"#))
        #expect(page.contains(#"<a href="https://arxiv.org/abs/2401.00001">arXiv</a>"#))
        #expect(page.contains(#"<a href="https://doi.org/10.1000/xyz">DOI</a>"#))
        #expect(page.contains(#"<a href="https://example.org/data">Dataset</a>"#))
        #expect(page.contains(#"<time datetime="2024">2024</time>"#))
        #expect(page.contains("<p>We study sparse factors.</p>"))
    }

    @Test func publicationValidation() throws {
        let site = try TempSite(["content/publications/p.md": "---\ntitle: T\ntype: blogpost\nyear: 2024\n---\n"])
        #expect(site.build().diagnostics.map(\.headline) == [
            "content/publications/p.md:1:1: error: a publication needs 'authors'",
            "content/publications/p.md:3:7: error: unknown publication type 'blogpost'; expected one of: journal, conference, preprint, book, chapter, thesis, report, talk, patent, dataset, other",
        ])
    }

    @Test func flatSeminarFormReadsTalksInOrdinalOrder() throws {
        let site = try TempSite([
            "content/seminars/2026-07-01-session.md": """
                ---
                location: Room 1
                second_seminar_title: "Second talk"
                second_seminar_speaker: "B. Speaker"
                second_seminar_time: 11:00 - 12:00
                second_seminar_cancelled: true
                second_seminar_online: https://meet.example.org/b
                first_seminar_title: "First talk"
                first_seminar_speaker: " A. Speaker"
                first_seminar_speaker_url: https://example.org/a
                first_seminar_time: 10:00 - 11:00
                first_seminar_abstract: "About the first."
                category: seminar
                ---
                """,
        ])
        let report = site.build(now: "2026-06-01")
        #expect(report.succeeded, "\(report.rendered)")
        let page = try #require(site.page("seminars/2026-07-01-session/index.html"))
        let first = try #require(page.range(of: "First talk"))
        let second = try #require(page.range(of: "Second talk"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(page.contains(#"<a href="https://example.org/a">A. Speaker</a>"#))
        #expect(page.contains("10:00–11:00"))
        #expect(page.contains("About the first."))
        #expect(!page.contains("first_seminar"))
        #expect(page.contains("<h1>Seminar, Room 1</h1>"))
        #expect(page.contains("<h2 id=\"talk-1\">Second talk <span class=\"cancelled-mark\">Cancelled</span></h2>"))
        #expect(page.contains("<p class=\"online\">Online: <a href=\"https://meet.example.org/b\">https://meet.example.org/b</a></p>"))
        #expect(!page.contains("<h2 id=\"talk-0\">First talk <span"), "only the second talk is cancelled")
    }

    @Test func seminarsSplitIntoUpcomingAndPastByTheBuildDate() throws {
        let talk = "talks:\n  - {title: T, speaker: S}\n"
        let site = try TempSite([
            "site.yml": "base_url: https://example.org/\n",
            "content/seminars/2026-01-10-a.md": "---\nseries: Past one\n\(talk)---\n",
            "content/seminars/2026-06-01-b.md": "---\nseries: Today\n\(talk)---\n",
            "content/seminars/2026-09-01-c.md": "---\nseries: Later\n\(talk)---\n",
            "content/seminars/undated.md": "---\nseries: Someday\n\(talk)---\n",
        ])
        let report = site.build(now: "2026-06-01")
        #expect(report.diagnostics.map(\.headline)
            == ["content/seminars/undated.md:1:1: warning: this seminar session has no 'date': it is listed as 'date to be announced'"])
        let list = try #require(site.page("seminars/index.html"))
        let order = ["Today", "Later", "Someday", "Past sessions", "Past one"].compactMap { list.range(of: $0)?.lowerBound }
        #expect(order.count == 5 && order == order.sorted())
        #expect(list.contains("Date to be announced"))
    }

    @Test func jobsOpenUntilTheirDeadline() throws {
        let site = try TempSite([
            "content/jobs/open.md": "---\ntitle: Open one\nposition: postdoc\ndeadline: 2026-06-01\n---\n",
            "content/jobs/closed.md": "---\ntitle: Closed one\nposition: phd\ndeadline: 2026-05-31\ncontacts: [{name: Léa Martin, email: lea@example.org}]\n---\n",
        ])
        #expect(site.build(now: "2026-06-01").succeeded)
        let list = try #require(site.page("jobs/index.html"))
        let open = try #require(list.range(of: "Open one"))
        let closedHeading = try #require(list.range(of: "Closed positions"))
        let closed = try #require(list.range(of: "Closed one"))
        #expect(open.lowerBound < closedHeading.lowerBound && closedHeading.lowerBound < closed.lowerBound)
        let page = try #require(site.page("jobs/closed/index.html"))
        #expect(page.contains("This position is closed"))
        #expect(page.contains("lea<span class=\"at\"> [at] </span>example.org"))
        #expect(!page.contains("lea@example.org"))
        #expect(site.page("jobs/open/index.html")?.contains("This position is closed") == false)
    }

    @Test func jobOfferWithoutFrontMatterTakesItsFirstLineAsTitle() throws {
        let site = try TempSite([
            "content/jobs/offer.md": "\n\nSparse optimisation\n\n- **Context**\n\nText about the context.\n\n- **Salary** : Yes\n",
        ])
        #expect(site.build().succeeded)
        let page = try #require(site.page("jobs/offer/index.html"))
        #expect(page.contains("<h1>Sparse optimisation</h1>"))
        // Once in <title>, once in og:title, once in <h1>: not repeated in the body.
        #expect(page.components(separatedBy: "Sparse optimisation").count == 4)
        #expect(page.contains("<strong>Salary</strong> : Yes"))
    }

    @Test func plainTextPageKeepsEveryLineAndFindsSections() throws {
        let site = try TempSite([
            "content/about.md": "Who I am\nResearch\nMarch 2026: I started a postdoc in Lyon, on sparse networks.\nI also teach.\nTeaching\nA course on optimisation, every spring.\n",
        ])
        #expect(site.build().succeeded)
        let page = try #require(site.page("about/index.html"))
        #expect(page.contains("<h1>Who I am</h1>"))
        #expect(page.contains(#"<h2 id="research">Research</h2>"#))
        #expect(page.contains("<p>March 2026: I started a postdoc in Lyon, on sparse networks.</p>\n<p>I also teach.</p>"))
        #expect(page.contains(#"<h2 id="teaching">Teaching</h2>"#))
    }

    @Test func jekyllHomePageWithBannerAndProfile() throws {
        let home = "---\nlayout: archive\ntitle: Home\nclasses: wide\nheader:\n  image: /assets/banner.jpg\nauthor_profile: true\n---\n## About\n\nHello.\n"
        let site = try TempSite(["site.yml": Self.config, "content/index.md": home, "assets/banner.jpg": "banner"])
        let report = site.build(baseURL: "https://example.org/lab/")
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let page = try #require(site.page("index.html"))
        #expect(page.contains(#"<img class="banner" src="/lab/assets/banner.jpg""#))
        #expect(page.contains(#"<h1 id="profile-name">Léa Martin</h1>"#))
        #expect(page.contains(#"<h2 id="about">About</h2>"#))
        try site.write("content/index.md", home.replacingOccurrences(of: "author_profile: true", with: "author_profile: false"))
        #expect(site.build().succeeded)
        #expect(site.page("index.html")?.contains("profile-name") == false)
    }

    @Test func phdProjectOpensWithItsFacts() throws {
        let site = try TempSite([
            "content/thesis.md": "---\ntitle: Sparse factors\nkind: phd-project\nstudent: Ana Costa\nsupervisors: [Léa Martin, {name: Jo Smith, url: \"https://example.org/jo\"}]\nstart_date: 2024-10-01\nkeywords: [sparsity, factorisation]\n---\nThe project.\n",
        ])
        #expect(site.build().succeeded)
        let page = try #require(site.page("thesis/index.html"))
        #expect(page.contains("<dt>PhD student</dt><dd>Ana Costa</dd>"))
        #expect(page.contains(#"<li>Léa Martin</li><li><a href="https://example.org/jo">Jo Smith</a></li>"#))
        #expect(page.contains("<dt>Started</dt><dd>1 October 2024</dd>"))
        let main = try #require(page.components(separatedBy: "<main").last)
        #expect(try #require(main.range(of: "<dl class=\"facts\">")).lowerBound < #require(main.range(of: "<p>The project.</p>")).lowerBound)
    }

    @Test func urlFieldsAreValidated() throws {
        let site = try TempSite([
            "content/seminars/2026-01-01-s.md": "---\ntalks:\n  - title: T\n    speaker: S\n    speaker_url: \"javascript:alert(1)\"\n---\n",
        ])
        #expect(site.build().diagnostics.map(\.headline)
            == ["content/seminars/2026-01-01-s.md:5:18: error: 'javascript:alert(1)' is not a URL that can be linked (use https://…, mailto:…, or a path such as /papers/x.pdf)"])
    }
}
