import Foundation
import Output
import Testing
@testable import Serve

/// The preview server's pure parts: request targets, media types, injection, change sets.
@Suite struct ServeUnitTests {
    @Test func requestTargets() {
        #expect(RequestTarget.parse("/", basePath: "/") == .site(""))
        #expect(RequestTarget.parse("/news/a/?q=1#x", basePath: "/") == .site("news/a/"))
        #expect(RequestTarget.parse("/files/a%20b.pdf", basePath: "/") == .site("files/a b.pdf"))
        #expect(RequestTarget.parse("/%C3%A9t%C3%A9/", basePath: "/") == .site("été/"))
        #expect(RequestTarget.parse("/__sitegen/events", basePath: "/lab/") == .reserved("events"))
        #expect(RequestTarget.parse("/lab", basePath: "/lab/") == .redirect(location: "/lab/"))
        #expect(RequestTarget.parse("/lab?x", basePath: "/lab/") == .redirect(location: "/lab/?x"))
        #expect(RequestTarget.parse("/lab/news/", basePath: "/lab/") == .site("news/"))
        #expect(RequestTarget.parse("/labx/", basePath: "/lab/") == .outside)
        #expect(RequestTarget.parse("/", basePath: "/lab/") == .outside)
        for bad in ["/..", "/a/../b", "/%2e%2e/x", "/%2E./x", "/a%2fb", "/a%2Fb", "/a%5cb", "/a%00", "/%", "/%g1", "/%ff", "*", "http://x/"] {
            guard case .invalid = RequestTarget.parse(bad, basePath: "/") else {
                Issue.record("\(bad) was not refused")
                continue
            }
        }
    }

    @Test func mediaTypes() {
        #expect(MediaType.of(path: "index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of(path: "a/B.PNG") == "image/png")
        #expect(MediaType.of(path: "talk.ics") == "text/calendar; charset=utf-8")
        #expect(MediaType.of(path: "refs.bib") == "text/x-bibtex; charset=utf-8")
        #expect(MediaType.of(path: "a.b/README") == "application/octet-stream")
        #expect(MediaType.of(path: "archive.unknown") == "application/octet-stream")
    }

    @Test func injectionGoesBeforeTheLastBodyEnd() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let injected = String(decoding: LiveReload.inject(into: page, version: 3, failure: nil), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p><script src=\"/__sitegen/live.js\" data-version=\"3\"></script>\n</BODY></html>")
        let bare = String(decoding: LiveReload.inject(into: Array("<p>x".utf8), version: 1, failure: "a.md:1:1: error: <bad>"), as: UTF8.self)
        #expect(bare.hasPrefix("<p>x<div id=\"sitegen-overlay\""))
        #expect(bare.contains("a.md:1:1: error: &lt;bad&gt;"))
    }

    @Test func changesBetweenBuilds() throws {
        let before = ServedFiles([
            OutputItem(path: "a/index.html", source: .bytes([1]), origin: "a"),
            OutputItem(path: "b/index.html", source: .bytes([2]), origin: "b"),
            OutputItem(path: "gone.html", source: .bytes([3]), origin: "c"),
        ])
        let after = before.updated(with: [
            OutputItem(path: "a/index.html", source: .bytes([1]), origin: "a"),
            OutputItem(path: "b/index.html", source: .bytes([9]), origin: "b"),
            OutputItem(path: "new.css", source: .bytes([4]), origin: "d"),
        ])
        #expect(after.changed == ["b/index.html", "new.css"])
        #expect(after.removed == ["gone.html"])
        #expect(after.files["gone.html"] == nil && after.files["new.css"] != nil)
        // In step with the earlier items: only the changed one, nothing removed.
        let again = after.files.updated(with: [
            OutputItem(path: "a/index.html", source: .bytes([1]), origin: "a"),
            OutputItem(path: "b/index.html", source: .bytes([9]), origin: "b"),
            OutputItem(path: "new.css", source: .bytes([5]), origin: "d"),
        ])
        #expect(again.changed == ["new.css"] && again.removed.isEmpty)
        // Out of step: one moved, one removed, one added.
        let moved = again.files.updated(with: [
            OutputItem(path: "new.css", source: .bytes([5]), origin: "d"),
            OutputItem(path: "a/index.html", source: .bytes([1]), origin: "a"),
            OutputItem(path: "c.html", source: .bytes([6]), origin: "e"),
        ])
        #expect(moved.changed == ["c.html"] && moved.removed == ["b/index.html"])
        #expect(moved.files["b/index.html"] == nil)
    }

    @Test func byteRanges() {
        #expect(ByteRange.resolve(nil, size: 10) == .whole)
        #expect(ByteRange.resolve("bytes=2-5", size: 10) == .part(2...5))
        #expect(ByteRange.resolve(" bytes = 2 - 5 ", size: 10) == .whole, "no blanks around '='")
        #expect(ByteRange.resolve("bytes= 2 - 5 ", size: 10) == .part(2...5))
        #expect(ByteRange.resolve("Bytes=2-5", size: 10) == .part(2...5))
        #expect(ByteRange.resolve("bytes=2-", size: 10) == .part(2...9))
        #expect(ByteRange.resolve("bytes=0-0", size: 10) == .part(0...0))
        #expect(ByteRange.resolve("bytes=5-99", size: 10) == .part(5...9), "the end is cut to the file")
        #expect(ByteRange.resolve("bytes=-3", size: 10) == .part(7...9))
        #expect(ByteRange.resolve("bytes=-30", size: 10) == .part(0...9))
        #expect(ByteRange.resolve("bytes=0-99999999999999999999999", size: 10) == .part(0...9))
        #expect(ByteRange.resolve("bytes=10-", size: 10) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=99999999999999999999999-", size: 10) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=-0", size: 10) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=0-", size: 0) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=-5", size: 0) == .unsatisfiable)
        for ignored in ["bytes=5-2", "bytes=0-1,4-5", "bytes=-", "bytes=a-b", "bytes=1-2-3", "items=0-5", "bytes=+1-2", ""] {
            #expect(ByteRange.resolve(ignored, size: 10) == .whole, "\(ignored)")
        }
    }
}
