import Check
import Testing

@Suite struct LinkResolverTests {
    let root = LinkResolver(basePath: "/")
    let lab = LinkResolver(basePath: "/lab/", origin: "https://example.org")

    @Test func rootRelativeURLsNameFilesBelowTheBasePath() {
        #expect(root.target(of: "/news/", onPage: "index.html") == .local(path: "news/index.html", fragment: nil))
        #expect(root.target(of: "/", onPage: "news/index.html") == .local(path: "index.html", fragment: nil))
        #expect(root.target(of: "/papers/a%20b.pdf?download=1#page=2", onPage: "index.html") == .local(path: "papers/a b.pdf", fragment: "page=2"))
        #expect(lab.target(of: "/lab/news/a/#x", onPage: "index.html") == .local(path: "news/a/index.html", fragment: "x"))
        #expect(lab.target(of: "/lab", onPage: "news/index.html") == .local(path: "index.html", fragment: nil))
        #expect(lab.target(of: "/news/", onPage: "index.html") == .outsideSite)
        #expect(lab.target(of: "/laboratory/", onPage: "index.html") == .outsideSite)
        #expect(root.target(of: "/a/../../b", onPage: "index.html") == .outsideSite)
    }

    @Test func relativeURLsReadFromThePagesFolder() {
        #expect(root.target(of: "../", onPage: "news/a/index.html") == .local(path: "news/index.html", fragment: nil))
        #expect(root.target(of: "b/", onPage: "news/a/index.html") == .local(path: "news/a/b/index.html", fragment: nil))
        #expect(root.target(of: "./x.pdf", onPage: "news/a/index.html") == .local(path: "news/a/x.pdf", fragment: nil))
        #expect(root.target(of: "..", onPage: "news/a/index.html") == .local(path: "news/index.html", fragment: nil))
        #expect(root.target(of: "../../../up/", onPage: "news/a/index.html") == .outsideSite)
        #expect(root.target(of: "#intro", onPage: "news/a/index.html") == .local(path: "news/a/index.html", fragment: "intro"))
        #expect(root.target(of: "?page=2", onPage: "news/index.html") == .local(path: "news/index.html", fragment: nil))
    }

    @Test func absoluteURLsOnTheSitesOwnAddressAreLocal() {
        #expect(lab.target(of: "https://example.org/lab/news/", onPage: "index.html") == .local(path: "news/index.html", fragment: nil))
        #expect(lab.target(of: "HTTPS://EXAMPLE.ORG/lab/", onPage: "index.html") == .local(path: "index.html", fragment: nil))
        #expect(lab.target(of: "https://example.org/other/", onPage: "index.html") == .external("https://example.org/other/"))
        #expect(lab.target(of: "https://example.org.evil/lab/", onPage: "index.html") == .external("https://example.org.evil/lab/"))
        #expect(root.target(of: "https://example.org/", onPage: "index.html") == .external("https://example.org/"))
        #expect(root.target(of: "//cdn.example.org/x.js", onPage: "index.html") == .external("https://cdn.example.org/x.js"))
    }

    @Test func otherSchemesAreNotChecked() {
        for url in ["mailto:a@example.org", "tel:+33123", "data:image/png;base64,AAAA", "javascript:void(0)", "ftp://x.org/"] {
            #expect(root.target(of: url, onPage: "index.html") == .notChecked, "\(url)")
        }
        #expect(root.target(of: "a:b/c", onPage: "index.html") == .notChecked)
        #expect(root.target(of: "1a:b", onPage: "index.html") == .local(path: "1a:b", fragment: nil))
    }
}
