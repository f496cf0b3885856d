@testable import JekyllImport
import Testing
import YAML

/// The mechanical Liquid of Jekyll pages rewritten, the rest kept and noted at its line.
@Suite struct LiquidRewriterTests {
    let rewriter = LiquidRewriter(
        urls: ["_pages/cv.md": "/cv/", "_posts/2024-07-15-field.md": "/2024/field/"],
        siteValues: ["author.googlescholar": "https://scholar.google.com/citations?user=X"])

    @Test func mechanicalTagsAreRewritten() {
        let body = """
            [a]({{ site.baseurl }}/a.pdf) [b]({{site.url}}{{ site.baseurl }}/b/) [c]({{ base_path }}/c/)
            {% include base_path %}[d]({{ 'd.pdf' | relative_url }}) [e]({% link _pages/cv.md %}) [f]({% post_url 2024-07-15-field %})
            <a href="{{ site.author.googlescholar }}">Scholar</a>
            """
        let rewritten = rewriter.rewrite(body, file: "_pages/x.md", firstLine: 5)
        #expect(rewritten.body == """
            [a](/a.pdf) [b](/b/) [c](/c/)
            [d](/d.pdf) [e](/cv/) [f](/2024/field/)
            <a href="https://scholar.google.com/citations?user=X">Scholar</a>
            """)
        #expect(rewritten.notes.isEmpty)
    }

    @Test func figuresAndHighlightsBecomeTheirMarkup() {
        let body = """
            <div class="col-sm">
                {% include figure.liquid loading="eager" path="assets/img/9.jpg" class="img-fluid rounded" zoomable=true %}
            </div>
            {% include figure.liquid path="/assets/img/a&b.jpg" alt='A "quoted" view' caption="Left: <em>before</em>." width=200 %}
            {% include figure image_path="https://example.org/x.png" alt="X" %}
            {% include figure.liquid path=page.img %}{% include figure.liquid caption="no path" %}
            - Code: {% highlight c++ linenos %}
              int main() {}
              {% endhighlight %}
            {%- highlight python -%}
            print(1){% endhighlight %} after
            """
        let rewritten = rewriter.rewrite(body, file: "_posts/x.md", firstLine: 1)
        #expect(rewritten.body == """
            <div class="col-sm">
                <img src="/assets/img/9.jpg" loading="eager">
            </div>
            <figure><img src="/assets/img/a&amp;b.jpg" alt="A &quot;quoted&quot; view" width="200"><figcaption>Left: <em>before</em>.</figcaption></figure>
            <img src="https://example.org/x.png" alt="X">
            {% include figure.liquid path=page.img %}{% include figure.liquid caption="no path" %}
            - Code: 
            ```c++
              int main() {}
              ```
            ```python
            print(1)
            ```
             after
            """)
        #expect(rewritten.notes.map(\.place) == ["_posts/x.md:6", "_posts/x.md:6"])
    }

    @Test func videosAndAudiosBecomeTheirElementsOrLinks() {
        let body = """
            {% include video.liquid path="assets/video/demo.mp4" class="img-fluid" controls=true autoplay=true width=480 %}
            {% include video.liquid path="https://www.youtube.com/embed/abc" class="img-fluid" %}
            {% include audio.liquid path="/assets/audio/clip.mp3" controls=true loop=false %}
            {% include video.liquid path=page.video %}
            """
        let rewritten = rewriter.rewrite(body, file: "_posts/x.md", firstLine: 1)
        #expect(rewritten.body == """
            <video src="/assets/video/demo.mp4" controls width="480"></video>
            <a href="https://www.youtube.com/embed/abc">https://www.youtube.com/embed/abc</a>
            <audio src="/assets/audio/clip.mp3" controls></audio>
            {% include video.liquid path=page.video %}
            """)
        #expect(rewritten.notes.map(\.place) == ["_posts/x.md:4"])
    }

    @Test func detailsAndTweetsBecomeTheirMarkup() {
        let body = """
            {% details Click <here> & see %}
            Math $x$ and `code`.
            {% enddetails %}
            {% twitter https://twitter.com/rubygems/status/518 maxwidth=500 %}
            {% twitter rubygems %}
            """
        let rewritten = rewriter.rewrite(body, file: "_posts/x.md", firstLine: 1)
        #expect(rewritten.body == """
            <details><summary>Click &lt;here> &amp; see</summary>

            Math $x$ and `code`.

            </details>
            <a href="https://twitter.com/rubygems/status/518">https://twitter.com/rubygems/status/518</a>
            {% twitter rubygems %}
            """)
        #expect(rewritten.notes.map(\.place) == ["_posts/x.md:5"])
    }

    /// kramdown's `$$` among words is inline math; sitegen's would be a display.
    @Test func displayDollarsAmongWordsBecomeInlineFormulas() {
        #expect(KramdownMath.inlined("Energy $$E=mc^2$$ and $$ 2x - 1 $$ here.\n") == "Energy \\(E=mc^2\\) and \\( 2x - 1 \\) here.\n")
        for kept in ["$$\nE=mc^2\n$$\n", "  $$E=mc^2$$\n", "Code `$$x$$` here.\n", "```\na $$x$$ b\n```\n", "Price $5 and $6.\n", "Inline $x$ and \\(y\\).\n", "See \\[x\\] here.\n"] {
            #expect(KramdownMath.inlined(kept) == kept, "\(kept)")
        }
    }

    @Test func otherTagsStayAndAreNotedAtTheirLine() {
        let body = "one\n{% include toc %}\n{{ page.title }} {% link _pages/none.md %}\n{% raw %}{{ kept }}{% endraw %}\n{{ 'a'b' | relative_url }}\n"
        let rewritten = rewriter.rewrite(body, file: "_pages/x.md", firstLine: 10)
        #expect(rewritten.body == body)
        #expect(rewritten.notes.map(\.place) == ["_pages/x.md:11", "_pages/x.md:12", "_pages/x.md:12", "_pages/x.md:14"])
        #expect(rewritten.notes.map(\.subject) == ["`{% include toc %}`", "`{{ page.title }}`", "`{% link _pages/none.md %}`", "`{{ 'a'b' | relative_url }}`"])
    }

    /// Conditions on `_config.yml` as academicpages writes them, against a config that sets some keys.
    func conditional() throws -> LiquidRewriter {
        let config = try YAMLParser().parse("""
            talkmap_link: false
            title: "Field notes"
            empty_text: ""
            count: 3
            author:
              googlescholar: "https://scholar.google.com/citations?user=X"
              orcid:
              links: []
            collections:
              talks:
                output: true
            """)
        return LiquidRewriter(urls: [:], siteValues: [:], conditions: LiquidCondition(config: config, collections: ["talks"]))
    }

    @Test func conditionsOnTheConfigKeepTheBranchJekyllShowed() throws {
        let body = """
            Intro.
            {% if site.author.googlescholar %}
              <div>On Scholar.</div>
            {% endif %}
            {% if site.talkmap_link == true %}
            A map.
            {% else %}
            No map.
            {% endif %}
            {% unless site.author.orcid %}No ORCID{% endunless %} and {% if site.author.missing %}x{% elsif site.count == 3 %}three{% endif %}.
            {%- if site.title contains 'notes' and site.empty_text -%}
            Notes.
            {%- endif -%}
            {% if site.author.links == empty or false %}No links.{% endif %}{% if site.count == 3 and site.author.orcid %}Hidden.{% endif %}
            {% if site.talkmap_link %}{% if page.x %}hidden{% endif %}{% include hidden.html %}{% endif %}
            Outro.
            """
        let rewritten = try conditional().rewrite(body, file: "_pages/x.md", firstLine: 1)
        #expect(rewritten.body == """
            Intro.
              <div>On Scholar.</div>
            No map.
            No ORCID and three.
            Notes.
            No links.
            Outro.
            """)
        #expect(rewritten.notes.isEmpty)
    }

    @Test func conditionsOnAnythingElseStayAndAreNoted() throws {
        let body = """
            {% if page.talkmap %}A{% endif %}
            {% if site.talks.size > 0 %}B{% endif %}
            {% if site.posts %}C{% endif %}
            {% if site.talkmap_link == false %}{% if post.x %}D{% else %}E{% endif %}{% endif %}
            {% if site.author.missing %}F{% elsif page.y %}G{% else %}H{% endif %}
            {% endif %} {% else %}
            """
        let rewritten = try conditional().rewrite(body, file: "_pages/x.md", firstLine: 1)
        #expect(rewritten.body == """
            {% if page.talkmap %}A{% endif %}
            {% if site.talks.size > 0 %}B{% endif %}
            {% if site.posts %}C{% endif %}
            {% if post.x %}D{% else %}E{% endif %}
            {% elsif page.y %}G{% else %}H{% endif %}
            {% endif %} {% else %}
            """)
        #expect(rewritten.notes.map(\.place) == ["_pages/x.md:1", "_pages/x.md:2", "_pages/x.md:3", "_pages/x.md:4",
                                                 "_pages/x.md:5", "_pages/x.md:5", "_pages/x.md:5", "_pages/x.md:6", "_pages/x.md:6"])
        #expect(rewritten.notes[3].subject == "`{% if post.x %}` … `{% endif %}`")
        #expect(rewritten.notes[3].advice == "3 Liquid tags on this line that sitegen does not run; the build leaves them out of the page with a warning: replace them with Markdown or delete them")
        #expect(rewritten.notes[4].subject == "`{% elsif page.y %}`")
    }

    @Test func anIfNeverClosedDropsNothing() throws {
        let body = "{% if site.talkmap_link %}\nKept.\n{% include x.html %}\n"
        let rewritten = try conditional().rewrite(body, file: "_pages/x.md", firstLine: 1)
        #expect(rewritten.body == body)
        #expect(rewritten.notes.map(\.place) == ["_pages/x.md:1"])
        #expect(rewritten.notes.map(\.subject) == ["`{% if site.talkmap_link %}` … `{% include x.html %}`"])
        #expect(rewritten.notes.first?.advice.hasPrefix("2 Liquid tags on lines 1–3 that sitegen does not run;") == true)
    }

    @Test func loopsOverACollectionOnAPageOfItsOwnLinkToItsList() {
        let body = "CV.\n\nTalks\n  <UL>\n{% for post in site.talks reversed %}\n  {% include archive-single-cv.html %}\n{% endfor %}</ul>\n"
            + "Posts: {%- for post in site.posts -%}x{%- endfor -%}\n{% for p in site.unknown %}y{% endfor %}\n"
        let linked = PageMapping.linkingLists(body, collections: ["talks": "talks", "posts": "blog"])
        #expect(linked.body == "CV.\n\nTalks\n  <UL>\n<li><a href=\"/talks/\">All talks</a></li></ul>\n"
            + "Posts: <a href=\"/blog/\">All posts</a>\n{% for p in site.unknown %}y{% endfor %}\n")
        #expect(linked.loops.map(\.line) == [5, 8])
        #expect(linked.loops.map(\.opening) == ["{% for post in site.talks reversed %}", "{%- for post in site.posts -%}"])
        #expect(linked.loops.map(\.url) == ["/talks/", "/blog/"])
    }

    @Test func aURLTwoItemsClaimStaysWithTheOneNamedLikeIt() {
        let owners = CollectionMapping.urlOwners([
            ("/posts/2012/08/blog-post-4/", "_posts/2199-01-01-future-post.md", "2199-01-01-future-post"),
            ("/posts/2012/08/blog-post-4", "_posts/2015-08-14-blog-post-4.md", "2015-08-14-blog-post-4"),
            ("/publication/paper-4", "_publications/paper-5.md", "paper-5"),
            ("/publication/paper-4/index.html", "_publications/paper-6.md", "paper-6"),
            ("/Publication/paper-4", "_publications/paper-7.md", "paper-7"),
            (nil, "_news/a.md", "a"), ("/talks/a/", "_talks/a.md", "a"),
        ])
        #expect(owners == ["/posts/2012/08/blog-post-4": "_posts/2015-08-14-blog-post-4.md", "/publication/paper-4": "_publications/paper-5.md"])
    }

    @Test func aListPageKeepsItsTextWithoutTheListingsScaffolding() {
        let body = """
            <!-- pages/projects.md -->
            <div class="projects">
            Projects I **lead**; see also <a href="/cv/">my CV</a>.
            {% if page.horizontal %}

              <div class="container">
                <div class="row"><span> </span>
                </div>
              </div>
              {% else %}<p></p>
              {% endif %}
            </div>

            <div class="note">Funded by the {{ page.funder }} council.</div>
            """
        let introduction = ListIntroduction(body)
        #expect(introduction.text == """
            <div class="projects">
            Projects I **lead**; see also <a href="/cv/">my CV</a>.

            </div>

            <div class="note">Funded by the  council.</div>

            """)
        #expect(introduction.removedTags == 4)
        #expect(ListIntroduction("<!-- x -->\n<div>\n{% if a %}\n</div>\n").text == "")
    }

    @Test func permalinksNameTheFilesThatKeepTheirURL() {
        #expect(PageMapping.destination(ofPermalink: "/") == "content/index.md")
        #expect(PageMapping.destination(ofPermalink: "/cv/") == "content/cv.md")
        #expect(PageMapping.destination(ofPermalink: "/about.html") == "content/about.md")
        #expect(PageMapping.destination(ofPermalink: "/research/floods/") == "content/research/floods.md")
        #expect(PageMapping.destination(ofPermalink: "/:year/:title/") == nil)
        #expect(PageMapping.destination(ofPermalink: "/../x/") == nil)
    }

    @Test func archivePagesNameTheirSection() {
        #expect(PageMapping.listedSection("{% for post in site.publications reversed %}x{% endfor %}") == "publications")
        #expect(PageMapping.listedSection("{%- for y in page.years %}{% bibliography -f papers %}{% endfor %}") == "publications")
        #expect(PageMapping.listedSection("{% assign sorted = site.projects | sort: 'importance' %}") == "projects")
        #expect(PageMapping.listedSection("{% for post in site.posts %}") == "blog")
        #expect(PageMapping.listedSection("{% for post in site.publicationsextra %}") == nil)
        #expect(PageMapping.listedSection("{%- for post in paginator.posts -%}") == "blog")
        #expect(PageMapping.listedSection("Just text.") == nil)
        #expect(PageMapping.listedSection("{% for p in site.publications %}{% endfor %}\n{% for t in site.talks %}{% endfor %}") == nil)
        #expect(PageMapping.listedSection("{% bibliography %}{% for p in site.publications %}{% endfor %}") == "publications")
        #expect(PageMapping.withoutListing("{% capture y %}'None'{% endcapture %}\n{% for p in site.posts %}x{% endfor %}\n") == "")
        #expect(PageMapping.withoutListing("Intro.\n\n{% for p in site.talks %}\n  {% include t.html %}\n{% endfor %}\n\nOutro.\n") == "Intro.\n\nOutro.\n")
        #expect(PageMapping.withoutBlocks("a{% for x in y %}b{% for z in w %}c{% endfor %}d{% endfor %}e{% endcapture %}f") == "aef")
        #expect(PageMapping.withoutListing("A\n{% for c in site.x %}\n{% for p in site.publications %}{% capture t %}x{% endcapture %}{% endfor %}\n{% endfor %}\nB\n{% endfor %}C\n") == "A\n\nB\nC\n")
    }
}

/// Jekyll's URLs, the authors of a free-text citation and front matter edits by key.
@Suite struct CollectionPartsTests {
    @Test func permalinkPatternsResolve() {
        #expect(JekyllPermalink.resolve("/:categories/:title/", path: "_posts/2022-11-1-first.md", collection: "posts", date: nil, categories: ["Notes"]) == "/notes/first/")
        #expect(JekyllPermalink.resolve("/:categories/:title/", path: "_posts/2022-11-1-first.md", collection: "posts", date: nil, categories: []) == "/first/")
        #expect(JekyllPermalink.resolve("date", path: "_posts/2024-07-05-x.md", collection: "posts", date: nil, categories: []) == "/2024/07/05/x.html")
        #expect(JekyllPermalink.resolve("/blog/:year/:i_month/:title/", path: "_posts/2024-07-05-x.md", collection: "posts",
                                        date: "2024-08-09 10:00:00 -0400", categories: []) == "/blog/2024/8/x/")
        #expect(JekyllPermalink.resolve("/:collection/:path:output_ext", path: "_news/sub/a.md", collection: "news", date: nil, categories: []) == "/news/sub/a.html")
    }

    @Test func citationAuthors() {
        #expect(CitationAuthors.authors(of: "Okafor, M. and Reyes, L. (2023). \"T.\" J.") == ["Okafor, M.", "Reyes, L."])
        #expect(CitationAuthors.authors(of: "Reyes, Luis; Okafor, Mira (2021). T.") == ["Reyes, Luis", "Okafor, Mira"])
        #expect(CitationAuthors.authors(of: "Ana Costa, Léa Martin, and Bo Li (2020). T.") == ["Ana Costa", "Léa Martin", "Bo Li"])
        #expect(CitationAuthors.authors(of: "No year here.").isEmpty)
    }

    @Test func frontMatterEditsKeepOtherLines() throws {
        let text = "title: 'A'  # kept as written\nexcerpt: >\n  folded\n  text\nvenue: V\n"
        var editor = FrontMatterEditor(text: text, tree: try YAMLParser().parse(text))
        editor.remove("excerpt")
        editor.add("abstract", "\"folded text\"")
        editor.set("venue", "\"W\"")
        #expect(editor.text == "title: 'A'  # kept as written\nabstract: \"folded text\"\nvenue: \"W\"\n")
    }
}
