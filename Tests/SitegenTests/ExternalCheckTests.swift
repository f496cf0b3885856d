import Check
import Foundation
import LinkProbe
import Testing

/// External links asked of a local server: each answer becomes the right finding, redirects
/// are followed (relative ones too) and reported, and the cache keeps successes only.
@Suite(.serialized) struct ExternalCheckTests {
    static func references(_ urls: [String]) -> [ExternalReference] {
        urls.map { url in
            ExternalReference(url: url, uses: [.init(page: "index.html", reference: PageReference(
                tag: "a", attribute: "href", url: url, relation: nil, place: PageScan.Place(line: 1, column: 1)))])
        }
    }

    @Test func answersBecomeFindings() async throws {
        let server = try LinkTestServer()
        let paths = ["/ok", "/gone", "/moved", "/moved-far", "/loop", "/forbidden", "/broken-server", "/no-head", "/slow"]
        let check = ExternalCheck(prober: LinkProber(timeout: 1), cacheFile: nil)
        let outcome = await check.check(Self.references(paths.map(server.url)))
        let found = outcome.findings.map { "\($0.kind.rawValue) \($0.message)" }
        let url = server.url
        #expect(found.sorted() == [
            "external-broken link '\(url("/gone"))' is broken: the server answered 404",
            "external-broken link '\(url("/loop"))' is broken: its redirects do not end (more than 10 redirects)",
            "external-redirect link '\(url("/moved"))' redirects to \(url("/ok")): link to the final address",
            "external-redirect link '\(url("/moved-far"))' redirects to \(url("/ok")): link to the final address",
            "external-unverified link '\(url("/broken-server"))' answered 503, a server error; it may be passing",
            "external-unverified link '\(url("/forbidden"))' could not be checked: the server answered 403 to the checker; open it in a browser",
            "external-unverified link '\(url("/slow"))' did not answer in time; it may be slow or down",
        ].sorted())
        #expect(outcome.checked == paths.count && outcome.asked == paths.count)
    }

    @Test func aRefusedConnectionIsBroken() async throws {
        let port = try LinkTestServer.closedPort()
        let outcome = await ExternalCheck(prober: LinkProber(timeout: 2), cacheFile: nil).check(Self.references(["http://127.0.0.1:\(port)/"]))
        #expect(outcome.findings.map(\.kind) == [.externalBroken])
        #expect(outcome.findings.first?.message.hasPrefix("link 'http://127.0.0.1:\(port)/' is broken: its server refuses connections") == true)
    }

    @Test func theCacheKeepsRecentSuccessesOnly() async throws {
        let server = try LinkTestServer()
        let folder = try TempSite()
        let file = folder.root.appendingPathComponent(".sitegen-cache/links.json")
        let urls = [server.url("/ok"), server.url("/gone")]
        let first = await ExternalCheck(prober: LinkProber(timeout: 2), cacheFile: file).check(Self.references(urls))
        #expect(first.asked == 2)
        let cache = try LinkProbeCache.load(from: file)
        #expect(cache.results[server.url("/ok")]?.status == 200 && cache.results[server.url("/gone")]?.status == 404)
        let second = await ExternalCheck(prober: LinkProber(timeout: 2), cacheFile: file).check(Self.references(urls))
        #expect(second.asked == 1, "the success is taken from the cache, the failure asked again")
        #expect(second.findings.map(\.kind) == [.externalBroken])
        let later = await ExternalCheck(prober: LinkProber(timeout: 2), cacheFile: file, now: { Date().addingTimeInterval(8 * 24 * 3600) })
            .check(Self.references(urls))
        #expect(later.asked == 2, "a success older than a week is asked again")
    }

    @Test func anUnreadableCacheIsAnErrorAndIsLeftAlone() async throws {
        let folder = try TempSite(["links.json": "not json"])
        let file = folder.root.appendingPathComponent("links.json")
        let outcome = await ExternalCheck(cacheFile: file).check(Self.references(["http://127.0.0.1:9/"]))
        #expect(outcome.diagnostics.map(\.severity) == [.error])
        #expect(outcome.diagnostics.first?.message.hasPrefix("cannot read the link cache \(file.path)") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "not json")
        #expect(outcome.asked == 0)
    }
}
