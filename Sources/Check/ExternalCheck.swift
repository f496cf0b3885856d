import Diagnostics
import Foundation
import LinkProbe

/// Checks the external URLs of a site (`sitegen check --external`): each is asked once with
/// `LinkProber`, unless the cache file holds a recent success for it; the results become
/// findings on every page that uses the URL, and the cache file is updated.
public struct ExternalCheck: Sendable {
    public var prober: LinkProber
    /// The cache file; nil keeps no cache.
    public var cacheFile: URL?
    /// How long a success is trusted.
    public var maximumAge: TimeInterval
    public var now: @Sendable () -> Date

    public init(prober: LinkProber = LinkProber(), cacheFile: URL?, maximumAge: TimeInterval = 7 * 24 * 3600, now: @escaping @Sendable () -> Date = Date.init) {
        self.prober = prober
        self.cacheFile = cacheFile
        self.maximumAge = maximumAge
        self.now = now
    }

    public struct Outcome: Sendable {
        public var findings: [CheckFinding] = []
        /// URLs asked over the network (not taken from the cache).
        public var asked = 0
        public var checked = 0
        /// Problems with the cache file itself.
        public var diagnostics: [Diagnostic] = []
    }

    public func check(_ references: [ExternalReference]) async -> Outcome {
        var outcome = Outcome()
        var cache = LinkProbeCache()
        if let cacheFile {
            do {
                cache = try LinkProbeCache.load(from: cacheFile)
            } catch {
                outcome.diagnostics.append(.error("cannot read the link cache \(cacheFile.path): \(error.localizedDescription); delete it, or name another with --cache", at: nil))
                return outcome
            }
        }
        let start = now()
        let toAsk = references.map(\.url).filter { cache.reusable(for: $0, at: start, maximumAge: maximumAge) == nil }
        let answers = await prober.probe(toAsk)
        for (url, result) in answers { cache.results[url] = result }
        outcome.asked = toAsk.count
        outcome.checked = references.count
        for reference in references {
            guard let result = cache.results[reference.url], let (kind, message) = Self.problem(in: result, url: reference.url) else { continue }
            for use in reference.uses {
                outcome.findings.append(CheckFinding(kind: kind, subject: use.reference.url, message: message, page: use.page,
                                                     place: use.reference.place, sourceTexts: [use.reference.url, reference.url]))
            }
        }
        if let cacheFile {
            do {
                try cache.save(to: cacheFile)
            } catch {
                outcome.diagnostics.append(.warning("cannot write the link cache \(cacheFile.path): \(error.localizedDescription)", at: nil))
            }
        }
        return outcome
    }

    /// What is wrong with a URL's answer, if anything.
    static func problem(in result: LinkProbeResult, url: String) -> (CheckFinding.Kind, String)? {
        if let status = result.status {
            switch status {
            case 200..<300:
                guard let target = result.redirectedTo else { return nil }
                return (.externalRedirect, "link '\(url)' redirects to \(target): link to the final address")
            case 401, 403, 429:
                return (.externalUnverified, "link '\(url)' could not be checked: the server answered \(status) to the checker; open it in a browser")
            case 500...:
                return (.externalUnverified, "link '\(url)' answered \(status), a server error; it may be passing")
            default:
                let after = result.redirectedTo.map { " (after redirects to \($0))" } ?? ""
                return (.externalBroken, "link '\(url)' is broken: the server answered \(status)\(after)")
            }
        }
        let detail = result.detail.map { " (\($0))" } ?? ""
        switch result.failure ?? .other {
        case .hostNotFound: return (.externalBroken, "link '\(url)' is broken: its host does not exist\(detail)")
        case .connectionRefused: return (.externalBroken, "link '\(url)' is broken: its server refuses connections\(detail)")
        case .tooManyRedirects: return (.externalBroken, "link '\(url)' is broken: its redirects do not end\(detail)")
        case .timedOut: return (.externalUnverified, "link '\(url)' did not answer in time; it may be slow or down")
        case .secureConnection: return (.externalBroken, "link '\(url)' is broken: its secure connection fails\(detail)")
        case .other: return (.externalUnverified, "link '\(url)' could not be checked\(detail)")
        }
    }
}
