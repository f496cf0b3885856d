import Markdown
@testable import Render
import Site
import TeXMath
import Testing

/// The views `ViewBuilder` makes of each kind of page, field by field, without any template.
@Suite struct ViewBuilderTests {
    static let config = """
        title: Lab
        base_url: /lab/
        owner_names: [Ada Quinlan, A. Quinlan]
        author:
          name: Ada Quinlan
          role: Professor
          email: ada@example.org
          avatar: /img/ada.png
          links:
            - label: Scholar
              url: https://scholar.example.org/ada
        menu:
          - label: Home
            url: /
          - label: Seminars
            url: /seminars/

        """

    @Test func homeViewShowsTheProfileAndTheBanner() throws {
        let site = try ViewTestSite(config: Self.config, [
            "content/index.md": "---\nheader:\n  image: /img/banner.png\n---\nWelcome.\n",
            "content/news/2026-01-02-a.md": "---\ntitle: A\n---\nText.\n",
            "content/publications/p.md": "---\ntitle: P\nauthors: [Ada Quinlan]\ndate: 2025-01-01\nselected: true\n---\n",
            "content/publications/q.md": "---\ntitle: Q\nauthors: [Ada Quinlan]\ndate: 2024-01-01\n---\n",
        ])
        let summary = try site.summary("")
        #expect(summary.at("home") == .object(["show_profile": .bool(true), "banner": .text("/lab/img/banner.png")]))
        let context = try site.context("")
        #expect(context.at("recent")?.items?.map { $0.at("title") } == [.text("A")])
        #expect(context.at("selected")?.items?.map { $0.at("title") } == [.text("P")])
        #expect(context.at("page.is_home") == .bool(true))

        let withoutAuthor = try ViewTestSite(["content/index.md": "Welcome.\n"])
        #expect(try withoutAuthor.summary("").at("home") == .object(["show_profile": .bool(false)]))
    }

    @Test func newsWithoutATitleShowsWholeInLists() throws {
        let site = try ViewTestSite([
            "content/news/2026-03-04-short.md": "We won a *prize*.\n",
            "content/news/2026-03-05-long.md": "---\ntitle: Long\n---\nA long story.\n",
        ])
        let inline = try site.summary("news/2026-03-04-short/")
        #expect(inline.at("news") == .object(["inline": .bool(true)]))
        guard case .html(let html) = inline.at("content") else {
            Issue.record("the body of an inline news item is rendered Markdown: \(String(describing: inline.at("content")))")
            return
        }
        #expect(html.html == "<p>We won a <em>prize</em>.</p>\n")
        #expect(inline.at("date.display") == .text("4 March 2026"))

        let titled = try site.summary("news/2026-03-05-long/")
        #expect(titled.at("news") == .object(["inline": .bool(false)]))
        #expect(titled.at("content") == nil, "a summary holds no body unless the page is shown only in lists")
        #expect(titled.at("summary") == .text("A long story."))
    }

    @Test func publicationViewMarksTheOwnerAndResolvesLinks() throws {
        let site = try ViewTestSite(config: Self.config, [
            "content/publications/p.md": """
                ---
                title: Paper
                authors: [B. Other, a. quinlan]
                year: 2024
                type: journal
                venue: Journal of Tests
                abstract: We test.
                links:
                  pdf: /files/p.pdf
                ---

                """,
        ])
        let view = try site.summary("publications/p/")
        #expect(view.at("publication.authors.shown")?.items?.map { $0.at("name") } == [.text("B. Other"), .text("a. quinlan")])
        #expect(view.at("publication.authors.shown")?.items?.map { $0.at("is_owner") } == [.bool(false), .bool(true)])
        #expect(view.at("publication.year") == .text("2024"))
        #expect(view.at("publication.type") == .text("journal"))
        #expect(view.at("publication.type_label") == .text("Journal article"))
        #expect(view.at("publication.links") == .list([.object(["label": .text("PDF"), "url": .text("/lab/files/p.pdf")])]))
        #expect(view.at("publication.selected") == .bool(false))
        #expect(view.at("publication.venue") == .text("Journal of Tests"))
        #expect(view.at("publication.abstract") == .text("We test."))
        // A year alone is shown as the year, not as 1 January.
        #expect(view.at("date.display") == .text("2024"))
        #expect(view.at("date.datetime") == .text("2024"))
        #expect(view.at("date.year") == .text("2024"))
        #expect(view.at("url") == .text("/lab/publications/p/"))
        #expect(view.at("kind") == .text("publication"))
        #expect(view.at("source") == .text("content/publications/p.md"))
    }

    @Test func seminarViewHoldsItsTalks() throws {
        let site = try ViewTestSite(config: Self.config, [
            "content/seminars/2026-06-01-s.md": """
                ---
                title: Spring session
                series: Optimisation Seminar
                time: "14:00"
                location: Room 2
                talks:
                  - title: First
                    speaker: C. D.
                    speaker_url: /people/cd/
                    affiliation: Uni
                    time: 14:00 - 14:45
                    abstract: About.
                  - title: Second
                    speaker: E. F.
                ---

                """,
        ], on: "2026-06-01")
        let view = try site.summary("seminars/2026-06-01-s/")
        #expect(view.at("seminar.talks") == .list([
            .object([
                "title": .text("First"), "speaker": .text("C. D."), "speaker_url": .text("/lab/people/cd/"), "affiliation": .text("Uni"),
                "time": .text("14:00–14:45"), "start": .text("14:00"), "abstract": .text("About."),
                "title_html": .html(RenderedHTML(text: "First", macros: .none)), "abstract_html": .html(RenderedHTML(text: "About.", macros: .none)),
            ]),
            .object(["title": .text("Second"), "speaker": .text("E. F."), "title_html": .html(RenderedHTML(text: "Second", macros: .none))]),
        ]))
        #expect(view.at("seminar.date_tba") == .bool(false))
        #expect(view.at("seminar.time") == .text("14:00"))
        #expect(view.at("seminar.location") == .text("Room 2"))
        #expect(view.at("seminar.series") == .text("Optimisation Seminar"))
        #expect(view.at("seminar.kicker") == .text("Optimisation Seminar"), "the series, since the page has a title of its own")
        #expect(view.at("seminar.upcoming") == .bool(true), "a session on the build day is upcoming")
        #expect(try site.page("seminars/2026-06-01-s/").timeStatus == .upcoming)
    }

    @Test func phdViewHoldsPeopleAndDates() throws {
        let site = try ViewTestSite(config: Self.config, [
            "content/phd.md": """
                ---
                title: Thesis
                kind: phd-project
                student: G. H.
                supervisors:
                  - name: Ada Quinlan
                    url: /ada/
                    email: ada@example.org
                    affiliation: Uni
                institution: Uni
                team: Opt
                start_date: 2025-10-01
                defence: spring 2028
                status: ongoing
                keywords: [optimisation, learning]
                ---

                """,
        ])
        let view = try site.summary("phd/")
        #expect(view.at("phd.student") == .text("G. H."))
        #expect(view.at("phd.supervisors") == .list([.object([
            "name": .text("Ada Quinlan"), "url": .text("/lab/ada/"), "affiliation": .text("Uni"),
            "email": .object(["user": .text("ada"), "domain": .text("example.org")]),
        ])]))
        #expect(view.at("phd.institution") == .text("Uni"))
        #expect(view.at("phd.team") == .text("Opt"))
        #expect(view.at("phd.start") == .object([
            "datetime": .text("2025-10-01"), "iso": .text("2025-10-01"), "display": .text("1 October 2025"),
            "year": .text("2025"), "month": .text("October"),
        ]))
        #expect(view.at("phd.defence") == .object(["display": .text("spring 2028")]))
        #expect(view.at("phd.status") == .text("ongoing"))
        #expect(view.at("phd.keywords") == .list([.text("optimisation"), .text("learning")]))
    }

    @Test func jobViewIsOpenUntilItsDeadlineHasPassed() throws {
        let files = [
            "content/jobs/open.md": "---\ntitle: Open\nposition: postdoc\nlocation: Paris\ndeadline: 2026-06-01\nreferences: [R1]\ncontacts:\n  - name: I. J.\n---\n",
            "content/jobs/closed.md": "---\ntitle: Closed\ndeadline: 2026-05-31\n---\n",
            "content/jobs/bare.md": "---\ntitle: Bare\n---\n",
        ]
        let site = try ViewTestSite(files, on: "2026-06-01")
        let open = try site.summary("jobs/open/")
        #expect(open.at("job.open") == .bool(true), "open on the deadline day")
        #expect(open.at("job.closed") == .bool(false))
        #expect(open.at("job.position") == .text("postdoc"))
        #expect(open.at("job.position_label") == .text("Postdoctoral position"))
        #expect(open.at("job.has_facts") == .bool(true))
        #expect(open.at("job.location") == .text("Paris"))
        #expect(open.at("job.deadline.display") == .text("1 June 2026"))
        #expect(open.at("job.references") == .list([.text("R1")]))
        #expect(open.at("job.contacts") == .list([.object(["name": .text("I. J.")])]))

        let closed = try site.summary("jobs/closed/")
        #expect(closed.at("job.open") == .bool(false))
        #expect(closed.at("job.closed") == .bool(true))

        let bare = try site.summary("jobs/bare/")
        #expect(bare.at("job.open") == .bool(true), "no deadline: open")
        #expect(bare.at("job.has_facts") == .bool(false))
        #expect(bare.at("job.position_label") == .text("Position"))
        #expect(bare.at("job.position") == nil)
    }

    @Test func plainPageViewHoldsItsBodyAndHeadings() throws {
        let site = try ViewTestSite([
            "content/teaching.md": "---\ntitle: Teaching\ndescription: Courses.\ncolor: blue\ntags: [a, b]\n---\n## Fall term\n\nText.\n",
        ])
        let page = try #require(try site.context("teaching/").at("page"))
        #expect(page.keys == ["title", "kind", "url", "extra", "summary", "source", "content", "headings", "is_page", "head"])
        #expect(page.at("title") == .text("Teaching"))
        #expect(page.at("summary") == .text("Courses."))
        #expect(page.at("extra") == .object(["color": .text("blue"), "tags": .list([.text("a"), .text("b")])]))
        #expect(page.at("headings") == .list([.object(["level": .number(2), "id": .text("fall-term"), "text": .text("Fall term")])]))
        guard case .html(let html) = page.at("content") else {
            Issue.record("a page's body is rendered Markdown")
            return
        }
        #expect(html.html == "<h2 id=\"fall-term\">Fall term</h2>\n<p>Text.</p>\n")
        #expect(page.at("is_page") == .bool(true))
    }

    @Test func listViewGroupsByYearAndSplitsByTime() throws {
        let site = try ViewTestSite([
            "content/seminars/2026-05-31-past.md": "---\ntalks: [{title: P, speaker: S}]\n---\n",
            "content/seminars/2026-06-01-today.md": "---\ntalks: [{title: T, speaker: S}]\n---\n",
            "content/seminars/2027-01-10-later.md": "---\ntalks: [{title: L, speaker: S}]\n---\n",
            "content/seminars/tba.md": "---\ntalks: [{title: U, speaker: S}]\n---\n",
        ], on: "2026-06-01")
        let list = try #require(try site.context("seminars/").at("list"))
        func routes(_ key: String) -> [String]? {
            list.at(key)?.items?.compactMap { $0.at("url")?.text }
        }
        #expect(routes("pages") == ["/seminars/2027-01-10-later/", "/seminars/2026-06-01-today/", "/seminars/2026-05-31-past/", "/seminars/tba/"])
        #expect(routes("upcoming") == ["/seminars/2026-06-01-today/", "/seminars/2027-01-10-later/", "/seminars/tba/"],
                "soonest first, undated last")
        #expect(routes("past") == ["/seminars/2026-05-31-past/"])
        #expect(routes("open") == [])
        #expect(routes("closed") == [])
        #expect(list.at("years")?.items?.map { $0.at("year") } == [.text("2027"), .text("2026"), .text("Undated")])
        #expect(list.at("years.1.pages")?.items?.compactMap { $0.at("url")?.text } == ["/seminars/2026-06-01-today/", "/seminars/2026-05-31-past/"])

        let jobs = try ViewTestSite([
            "content/jobs/a.md": "---\ntitle: A\ndeadline: 2026-05-31\n---\n",
            "content/jobs/b.md": "---\ntitle: B\n---\n",
        ], on: "2026-06-01")
        let jobList = try #require(try jobs.context("jobs/").at("list"))
        #expect(jobList.at("open")?.items?.compactMap { $0.at("title")?.text } == ["B"])
        #expect(jobList.at("closed")?.items?.compactMap { $0.at("title")?.text } == ["A"])
        #expect(jobList.at("upcoming") == .list([]))
    }

    @Test func siteViewHoldsTheAuthorAndTheCurrentMenuItem() throws {
        let site = try ViewTestSite(config: Self.config, [
            "content/index.md": "Welcome.\n",
            "content/seminars/2026-06-01-s.md": "---\ntalks: [{title: T, speaker: S}]\n---\n",
        ])
        let view = try #require(try site.context("seminars/2026-06-01-s/").at("site"))
        #expect(view.at("title") == .text("Lab"))
        #expect(view.at("base_path") == .text("/lab/"))
        #expect(view.at("assets") == .text("/lab/assets/"))
        #expect(view.at("language") == .text("en"))
        #expect(view.at("build_date.iso") == .text("2026-06-01"))
        #expect(view.at("url") == nil, "no origin: base_url is a path")
        #expect(view.at("author") == .object([
            "name": .text("Ada Quinlan"), "role": .text("Professor"),
            "email": .object(["user": .text("ada"), "domain": .text("example.org")]),
            "avatar": .text("/lab/img/ada.png"),
            "links": .list([.object(["label": .text("Scholar"), "url": .text("https://scholar.example.org/ada")])]),
        ]))
        #expect(view.at("menu") == .list([
            .object(["label": .text("Home"), "url": .text("/lab/")]),
            .object(["label": .text("Seminars"), "url": .text("/lab/seminars/"), "current": .bool(true)]),
        ]), "a page inside a menu item's folder makes it current; the home item is current only on the home page")
        let home = try #require(try site.context("").at("site.menu"))
        #expect(home.items?.map { $0.at("current") } == [.bool(true), nil])
    }

    /// Without `menu:`, every section and top-level page is in the menu: Home, the usual sections
    /// in their order, the other sections by title, then the top-level pages by title.
    @Test func withoutAMenuTheSectionsAndTopLevelPagesMakeOne() throws {
        let site = try ViewTestSite(config: "title: Lab\nbase_url: /lab/\n", [
            "content/index.md": "Welcome.\n",
            "content/seminars/2026-01-02-s.md": "---\ntalks: [{title: P, speaker: S}]\n---\n",
            "content/news/2026-01-02-a.md": "---\ntitle: A\n---\nText.\n",
            "content/software/tool.md": "---\ntitle: Tool\n---\n",
            "content/datasets/set.md": "---\ntitle: Set\n---\n",
            "content/teaching.md": "---\ntitle: Teaching\n---\n",
            "content/about.md": "---\ntitle: About me\n---\n",
        ])
        let menu = try #require(try site.context("").at("site.menu"))
        #expect(menu.items?.map { $0.at("label") } == [
            .text("Home"), .text("News"), .text("Seminars"), .text("Datasets"), .text("Software"), .text("About me"), .text("Teaching"),
        ])
        #expect(menu.items?.map { $0.at("url") } == [
            .text("/lab/"), .text("/lab/news/"), .text("/lab/seminars/"), .text("/lab/datasets/"), .text("/lab/software/"),
            .text("/lab/about/"), .text("/lab/teaching/"),
        ])
        let teaching = try #require(try site.context("teaching/").at("site.menu"))
        #expect(teaching.items?.map { $0.at("current") } == [nil, nil, nil, nil, nil, nil, .bool(true)])
    }

    /// `menu: []` is no menu at all.
    @Test func anEmptyMenuIsNoMenu() throws {
        let site = try ViewTestSite(config: "title: Lab\nmenu: []\n", [
            "content/index.md": "Welcome.\n",
            "content/news/2026-01-02-a.md": "---\ntitle: A\n---\nText.\n",
        ])
        #expect(try site.context("").at("site.menu") == .list([]))
    }
}
