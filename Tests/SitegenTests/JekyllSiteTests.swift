import Foundation
import Testing

/// Whole builds of sites written as Jekyll sites write them (academicpages, al-folio): their
/// dates, file names, front matter keys and commented-out images build as a sitegen site.
@Suite struct JekyllSiteTests {
    static let config = "title: Lab\nbase_url: https://example.org/\nauthor:\n  name: Ada Quinlan\n"

    @Test func jekyllDatesBuildAndShowTheirTime() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/news/announcement_1.md": "---\nlayout: post\ndate: 2015-10-22 15:59:00-0400\ninline: true\n---\nA news item.\n",
            "content/news/2022-11-1-short.md": "---\ntitle: Short\ndate: 2022-11-1\n---\nx\n",
            "content/news/launch.md": "---\ntitle: Launch\ndate: 2024-09-19T15:59:00-0400\n---\nx\n",
            "content/news/spaced.md": "---\ntitle: Spaced\ndate: 2024-09-19 15:59:00 -0400\n---\nx\n",
            "content/news/minutes.md": "---\ntitle: Minutes\ndate: 2024-09-19 15:59\n---\nx\n",
            "content/news/yaml.md": "---\ntitle: YAML\ndate: 2001-12-14 21:59:43.10 -5\n---\nx\n",
            "content/publications/paper.md": "---\ntitle: A paper\nauthors: [Ada Quinlan]\ndate: 2023\nabstract: About it.\n---\nx\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let list = try #require(site.page("news/index.html"))
        #expect(list.contains(#"<time datetime="2015-10-22T15:59:00-04:00">22 October 2015</time>"#))
        #expect(list.contains(#"<time datetime="2001-12-14T21:59:43-05:00">"#))
        #expect(site.page("news/launch/index.html")?.contains(#"<time datetime="2024-09-19T15:59:00-04:00">"#) == true)
        #expect(site.page("news/spaced/index.html")?.contains(#"<time datetime="2024-09-19T15:59:00-04:00">"#) == true)
        #expect(site.page("news/minutes/index.html")?.contains(#"<time datetime="2024-09-19T15:59">"#) == true)
        #expect(site.page("news/2022-11-1-short/index.html")?.contains(#"<time datetime="2022-11-01">1 November 2022</time>"#) == true)
        let paper = try #require(site.page("publications/paper/index.html"))
        #expect(paper.contains(#"<meta name="citation_publication_date" content="2023">"#))
    }

    /// A talk known only by its year, as old CVs give them: the year on its page, in the list
    /// and in its JSON-LD, listed with that year's talks and never as upcoming.
    @Test func aTalkOfAYearAloneShowsTheYear() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/talks/old.md": "---\ntitle: Early results\ndate: 2019\nvenue: Workshop on Floods\n---\nx\n",
            "content/talks/dated.md": "---\ntitle: Later results\ndate: 2019-03-09\n---\nx\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        let page = try #require(site.page("talks/old/index.html"))
        #expect(page.contains(#"<dt>Date</dt><dd><time datetime="2019">2019</time></dd>"#), "\(page)")
        #expect(page.contains(#""startDate":"2019""#))
        let list = try #require(site.page("talks/index.html"))
        #expect(list.contains(#"<time datetime="2019">2019</time>"#))
        #expect(list.contains(#"<time datetime="2019-03-09">9 March 2019</time>"#))
        #expect(!list.contains("Upcoming"))
    }

    @Test func aWrongDateIsOneErrorAtTheDate() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/news/a.md": "---\ntitle: A\ndate: 2023-02-30\n---\nx\n",
            "content/news/b.md": "---\ntitle: B\ndate: 2024-09-19 25:00:00 -0400\n---\nx\n",
            "content/news/c.md": "---\ntitle: C\ndate: 2023\n---\nx\n",
            "content/publications/p.md": "---\ntitle: P\nauthors: [A]\ndate: 2023-13-01\n---\nx\n",
        ])
        #expect(site.build().diagnostics.map(\.headline) == [
            "content/news/a.md:3:7: error: '2023-02-30' is no date: February 2023 has 28 days, found day 30",
            "content/news/b.md:3:7: error: '2024-09-19 25:00:00 -0400' is no time of day: the hour must be 0 to 23, found 25",
            "content/news/c.md:3:7: error: a year alone is not a date for a news item: write the day too, such as 2023-03-09",
            "content/publications/p.md:4:7: error: '2023-13-01' is no date: the month must be 1 to 12, found 13",
        ])
    }

    @Test(arguments: ["markdown", "mdown", "mkd"]) func jekyllMarkdownExtensionsArePages(fileExtension: String) throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/index.\(fileExtension)": "---\ntitle: Home\n---\nWelcome *here*.\n",
            "content/about.\(fileExtension)": "---\ntitle: About me\n---\nI *study* things.\n",
            "content/news/index.\(fileExtension)": "---\ntitle: Lab news\n---\nWhat happened.\n",
            "content/news/2024-05-01-grant.\(fileExtension)": "---\ntitle: Grant\n---\nWe got one.\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.errors.isEmpty, "\(report.rendered)")
        #expect(report.pagesByKind == ["home": 1, "news": 1, "page": 1, "lists": 1])
        #expect(site.page("index.html")?.contains("Welcome <em>here</em>.") == true)
        let about = try #require(site.page("about/index.html"))
        #expect(about.contains("<h1>About me</h1>"))
        #expect(about.contains("I <em>study</em> things."))
        #expect(!about.contains("title: About me"))
        #expect(site.page("news/index.html")?.contains("<h1>Lab news</h1>") == true)
        #expect(site.page("news/2024-05-01-grant/index.html")?.contains(#"<time datetime="2024-05-01">"#) == true)
        #expect(site.page("about.\(fileExtension)") == nil)
        #expect(site.page("news/index.\(fileExtension)") == nil)
    }

    @Test func kindInFrontMatterOverridesTheFolder() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/talks/2019-talk-1.md": "---\ntitle: My talk\nkind: page\n---\nSlides soon.\n",
            "content/news/paper.md": "---\ntitle: A paper\nkind: publication\nauthors: [Ada Quinlan]\nyear: 2020\n---\nx\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.errors.isEmpty, "\(report.rendered)")
        #expect(report.pagesByKind["page"] == 1)
        #expect(report.pagesByKind["publication"] == 1)
        #expect(site.page("talks/2019-talk-1/index.html")?.contains("Slides soon.") == true)
        #expect(site.page("news/paper/index.html")?.contains(#"<meta name="citation_title" content="A paper">"#) == true)
    }

    @Test func anUnknownKindIsOneErrorListingTheKinds() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/seminars/x.md": "---\ntitle: X\nkind: recipe\n---\nx\n",
        ])
        #expect(site.build().diagnostics.map(\.headline) == [
            "content/seminars/x.md:3:7: error: unknown kind 'recipe'; expected one of: home, news, publication, seminar, talk, phd-project, job, page",
        ])
    }

    @Test func jekyllKeysAreAcceptedWithoutWarnings() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/about.md": """
                ---
                title: About
                layout: single
                excerpt: "A lab that studies things."
                excerpt_separator: "<!--more-->"
                categories: [research, lab]
                tags: [physics]
                ---
                Text.

                """,
            "content/archive.md": "---\ntitle: Archive\nlayout: archive\n---\nx\n",
            "content/plain.md": "---\ntitle: Plain\nlayout: default\n---\nx\n",
            "content/other.md": "---\ntitle: Other\nlayout: page\ndescription: Its own.\nexcerpt: Not this.\n---\nx\n",
            "content/news/2024-01-01-post.md": "---\ntitle: Post\nlayout: post\ncategories: news\ntags: [a, b]\n---\nx\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.rendered)")
        #expect(report.pagesByKind == ["home": 1, "news": 1, "page": 4, "lists": 1])
        #expect(site.page("about/index.html")?.contains(#"<meta name="description" content="A lab that studies things.">"#) == true)
        #expect(site.page("other/index.html")?.contains(#"<meta name="description" content="Its own.">"#) == true)
    }

    @Test func commentedOutImagesGetNoAltTextWarning() throws {
        let site = try TempSite([
            "site.yml": Self.config,
            "content/about.md": """
                ---
                title: About
                ---
                <!-- ![](block.png) -->

                Text <!-- ![](inline.png) --> and more.

                <!--
                <img src="raw.png">
                ![](multi.png)
                -->

                <p>Shown <!-- <img src="hidden.png"> --> <img src="shown.png"></p>

                ![](seen.png)

                """,
            "content/shown.png": "png", "content/seen.png": "png",
        ])
        let report = site.build()
        #expect(report.diagnostics.map(\.headline) == [
            "content/about.md:13:1: warning: image 'shown.png' has no alt text; describe it for readers who cannot see it: ![description](shown.png)",
            "content/about.md:15:1: warning: image 'seen.png' has no alt text; describe it for readers who cannot see it: ![description](seen.png)",
        ])
    }
}
