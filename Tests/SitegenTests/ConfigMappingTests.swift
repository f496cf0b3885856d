import Foundation
@testable import JekyllImport
import Testing
import YAML

/// `_config.yml` and `_data/socials.yml` as `site.yml`: each key's target, and a note at the line
/// of each key with a value that has no place.
@Suite struct ConfigMappingTests {
    func mapping(_ config: String, socials: String? = nil) throws -> ConfigMapping {
        ConfigMapping(config: try YAMLParser().parse(config), socials: try socials.flatMap { try YAMLParser().parse($0) })
    }

    @Test func urlAndBaseurlMakeTheBaseURL() throws {
        #expect(try mapping("url: https://a.github.io\nbaseurl: \"\"\n").settings.baseURL == "https://a.github.io/")
        #expect(try mapping("url: https://a.github.io/\nbaseurl: /lab\n").settings.baseURL == "https://a.github.io/lab/")
        #expect(try mapping("baseurl: /lab/\n").settings.baseURL == "/lab/")
        #expect(try mapping("url:\nbaseurl:\n").settings.baseURL == nil)
        let bad = try mapping("title: x\nurl: ftp://a.org\n")
        #expect(bad.settings.baseURL == nil)
        #expect(bad.notes.map(\.place) == ["_config.yml:2"])
    }

    @Test func academicpagesAuthorBlockBecomesTheProfile() throws {
        let mapped = try mapping("""
            author:
              name: "Ana Costa"
              avatar: "me.png"
              bio: "Professor of Physics"
              employer: "Univ"
              email: "ana@example.org"
              location: "Porto"
              github: "acosta"
              twitter: "@ana"
              orcid: "https://orcid.org/0000-0002-1825-0097"
              googlescholar: "XyZ"
              arxiv:
              kaggle: "ana"
            """)
        let author = try #require(mapped.settings.author)
        #expect(author.name == "Ana Costa")
        #expect(author.role == "Professor of Physics")
        #expect(author.affiliation == "Univ")
        #expect(author.email == "ana@example.org")
        #expect(author.avatar == "/images/me.png")
        #expect(author.links.map(\.label) == ["GitHub", "X", "ORCID", "Google Scholar"])
        #expect(author.links.map(\.url) == [
            "https://github.com/acosta", "https://x.com/ana", "https://orcid.org/0000-0002-1825-0097",
            "https://scholar.google.com/citations?user=XyZ",
        ])
        #expect(mapped.notes.map(\.place) == ["_config.yml:7", "_config.yml:13"])
        #expect(mapped.notes.map(\.subject) == ["`author.location`", "`author.kaggle`"])
    }

    @Test func alFolioNamesSocialsAndScholar() throws {
        let mapped = try mapping(
            "title: blank\nfirst_name: Tomas\nmiddle_name:\nlast_name: Lindqvist\nscholar:\n  last_name: [Lindqvist]\n  first_name: [Tomas, T.]\n",
            socials: "email: t@example.se\nscholar_userid: Q1\nmastodon_username: mathstodon.xyz/@tl\nscopus_id: 5\n")
        #expect(mapped.settings.title == "Tomas Lindqvist")
        #expect(mapped.settings.author?.name == "Tomas Lindqvist")
        #expect(mapped.settings.author?.email == "t@example.se")
        #expect(mapped.settings.author?.links.map(\.url) == ["https://scholar.google.com/citations?user=Q1", "https://mathstodon.xyz/@tl"])
        #expect(mapped.settings.ownerNames == ["Tomas Lindqvist", "T. Lindqvist"])
        #expect(mapped.notes.map(\.place) == ["_data/socials.yml:4"])
    }

    @Test func unusedKeysWithAValueAreNotedOnce() throws {
        let mapped = try mapping("title: T\nbreadcrumbs: false\ncomments:\n  provider:\nwords_per_minute: 160\nplugins: [jekyll-feed]\ntimezone: Mars/Olympus\n")
        #expect(mapped.notes.sorted().map(\.subject) == ["2 settings, `words_per_minute` (line 5), `plugins` (line 6)", "`timezone: Mars/Olympus`"])
        #expect(mapped.notes.sorted().first?.advice == "Jekyll or theme settings that sitegen has no place for; nothing to do unless the site relied on them")
        #expect(try mapping("title: T\nfuture: true\n").notes.map { "\($0.place) \($0.subject)" } == ["_config.yml:2 `future`"])
        #expect(mapped.settings.timezone == nil)
        #expect(try mapping("timezone: Etc/UTC\n").settings.timezone == "Etc/UTC")
    }

    @Test func settingsTextReadsBackQuoted() throws {
        var settings = SiteSettings()
        settings.title = "Dr. \"Q\": notes"
        settings.baseURL = "/lab/"
        var author = SiteSettings.Author(name: "Ana")
        author.links = [.init(label: "GitHub", url: "https://github.com/a")]
        settings.author = author
        settings.ownerNames = ["Ana", "A. B"]
        let tree = try #require(try YAMLParser().parse(settings.text))
        #expect(tree["title"]?.scalar?.text == "Dr. \"Q\": notes")
        #expect(tree["author"]?["links"]?.sequence?.first?["url"]?.scalar?.text == "https://github.com/a")
        #expect(tree["owner_names"]?.sequence?.count == 2)
        #expect(tree["menu"] == nil)
    }
}

/// The menu from academicpages' `_data/navigation.yml` or al-folio's `nav: true` pages.
@Suite struct MenuMappingTests {
    func page(_ path: String, _ frontMatter: String) throws -> JekyllPage {
        try JekyllPage(path: path, text: "---\n\(frontMatter)---\nbody\n")
    }

    @Test func navigationMainIsTheMenuInItsOrder() throws {
        let navigation = try YAMLParser().parse("main:\n  - title: CV\n    url: /cv/\n  - title: Blog\n    url: https://blog.example.org/\n  - title: x\nfooter:\n  - title: Legal\n    url: /legal/\n")
        let mapped = MenuMapping(navigation: navigation, pages: [try page("_pages/a.md", "nav: true\npermalink: /a/\n")])
        #expect(mapped.menu?.map(\.label) == ["CV", "Blog"])
        #expect(mapped.menu?.map(\.url) == ["/cv/", "https://blog.example.org/"])
        #expect(mapped.notes.map(\.place) == ["_data/navigation.yml:6", "_data/navigation.yml:7"])
    }

    @Test func navPagesByNavOrderThenTitle() throws {
        let pages = [
            try page("_pages/cv.md", "title: cv\npermalink: /cv/\nnav: true\nnav_order: 5\n"),
            try page("_pages/pubs.md", "title: publications\npermalink: /publications/\nnav: true\nnav_order: 2\n"),
            try page("_pages/hidden.md", "title: hidden\npermalink: /hidden/\nnav: false\n"),
            try page("_pages/blog.md", "title: blog\npermalink: /blog/\nnav: true\n"),
            try page("_pages/more.md", "title: more\nnav: true\ndropdown: true\nchildren:\n  - title: cv\n    permalink: /cv/\n  - title: divider\n"),
        ]
        let mapped = MenuMapping(navigation: nil, pages: pages)
        #expect(mapped.menu?.map(\.url) == ["/publications/", "/cv/", "/blog/"])
        #expect(mapped.notes.map(\.place) == ["_pages/more.md:4"])
        #expect(mapped.notes.first?.advice.contains("(cv)") == true)
        #expect(MenuMapping(navigation: nil, pages: []).menu == nil)
    }
}
