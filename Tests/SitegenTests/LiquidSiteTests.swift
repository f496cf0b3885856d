import Foundation
import Testing

/// A Jekyll page's Liquid through a whole build: links resolved under the base path, the other
/// tags left out of the page and told at their place; pages without front matter untouched.
@Suite struct LiquidSiteTests {
    @Test func liquidIsResolvedOrLeftOutAndTold() throws {
        let site = try TempSite([
            "site.yml": "title: Lab\nbase_url: https://example.org/lab/\n",
            "content/index.md": "---\ntitle: Home\n---\nMy [CV]({{ site.baseurl }}/files/cv.pdf).\n\n{% include news.html %}\n",
            "content/notes.md": "# Notes\n\nPlain *{{ text }}* stays.\n",
            "files/cv.pdf": "%PDF-1.4\n",
        ])
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.rendered == """
            content/index.md:4:9: warning: Liquid is not run by sitegen: {{ site.baseurl }} is read as the site's base path, which sitegen puts before root-relative links itself; `sitegen import` rewrites the common ones
             4 | My [CV]({{ site.baseurl }}/files/cv.pdf).
               |         ^
            content/index.md:6:1: warning: Liquid is not run by sitegen: {% include news.html %} is left out of the page; `sitegen import` rewrites the common ones
             6 | {% include news.html %}
               | ^
            """)
        let home = try #require(site.page("index.html"))
        #expect(home.contains("<p>My <a href=\"/lab/files/cv.pdf\">CV</a>.</p>"))
        #expect(!home.contains("{%") && !home.contains("{{"))
        #expect(site.page("notes/index.html")?.contains("<p>Plain <em>{{ text }}</em> stays.</p>") == true, "Jekyll runs no Liquid without front matter")
    }
}
