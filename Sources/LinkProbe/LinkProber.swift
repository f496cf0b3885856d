import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Asks other sites whether the URLs a site links to still answer: `HEAD` first, then `GET`
/// when a server refuses `HEAD` or fails it, following redirects; a bounded number at once,
/// each with a time limit.
public struct LinkProber: Sendable {
    /// The longest wait for one request.
    public var timeout: TimeInterval
    /// How many requests are in flight at once.
    public var concurrency: Int
    public var userAgent: String

    public init(timeout: TimeInterval = 10, concurrency: Int = 8, userAgent: String = "sitegen-check/0.1 (link checker)") {
        self.timeout = timeout
        self.concurrency = max(1, concurrency)
        self.userAgent = userAgent
    }

    /// The result for each URL, by URL.
    public func probe(_ urls: [String]) async -> [String: LinkProbeResult] {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpMaximumConnectionsPerHost = 2
        let session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var results: [String: LinkProbeResult] = [:]
        await withTaskGroup(of: (String, LinkProbeResult).self) { group in
            var pending = urls[...]
            for _ in 0..<concurrency {
                guard let url = pending.popFirst() else { break }
                group.addTask { (url, await self.probe(url, session: session)) }
            }
            while let (url, result) = await group.next() {
                results[url] = result
                if let next = pending.popFirst() {
                    group.addTask { (next, await self.probe(next, session: session)) }
                }
            }
        }
        return results
    }

    private func probe(_ address: String, session: URLSession) async -> LinkProbeResult {
        guard let url = URL(string: address) else {
            return LinkProbeResult(status: nil, failure: .other, detail: "not a URL", checkedAt: Date())
        }
        let head = await follow(url, method: "HEAD", session: session)
        if let status = head.status, status < 400 { return head }
        if head.failure == .hostNotFound || head.failure == .connectionRefused { return head }
        return await follow(url, method: "GET", session: session)
    }

    /// Asks `url`, following redirects itself: the system's own following loops on a relative
    /// `Location` on Linux, and following here also tells where the chain ends.
    private func follow(_ url: URL, method: String, session: URLSession) async -> LinkProbeResult {
        var current = url
        var method = method
        for _ in 0...Self.maximumRedirects {
            let answer = await request(current, method: method, session: session)
            guard case .response(let status, let location) = answer else {
                if case .failure(let failure, let detail) = answer {
                    return LinkProbeResult(status: nil, failure: failure, detail: detail, checkedAt: Date())
                }
                break
            }
            guard Self.redirectStatuses.contains(status), let location,
                  let next = URL(string: location, relativeTo: current)?.absoluteURL
            else {
                let final = current.absoluteString
                return LinkProbeResult(status: status, redirectedTo: final == url.absoluteString ? nil : final, checkedAt: Date())
            }
            if status == 303 { method = "GET" }
            current = next
        }
        return LinkProbeResult(status: nil, failure: .tooManyRedirects, detail: "more than \(Self.maximumRedirects) redirects", checkedAt: Date())
    }

    static let maximumRedirects = 10
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    private enum Answer {
        case response(status: Int, location: String?)
        case failure(LinkProbeResult.Failure, detail: String)
    }

    private func request(_ url: URL, method: String, session: URLSession) async -> Answer {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        // A GET only needs the status: the first byte is enough where servers allow ranges.
        if method == "GET" { request.setValue("bytes=0-0", forHTTPHeaderField: "Range") }
        do {
            let (_, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else { return .failure(.other, detail: "not an HTTP answer") }
            return .response(status: http.statusCode, location: http.value(forHTTPHeaderField: "Location"))
        } catch let error as URLError {
            return .failure(Self.failure(for: error.code), detail: error.localizedDescription)
        } catch {
            return .failure(.other, detail: "\(error)")
        }
    }

    static func failure(for code: URLError.Code) -> LinkProbeResult.Failure {
        switch code {
        case .cannotFindHost, .dnsLookupFailed: .hostNotFound
        case .cannotConnectToHost: .connectionRefused
        case .timedOut: .timedOut
        case .httpTooManyRedirects, .redirectToNonExistentLocation: .tooManyRedirects
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot: .secureConnection
        default: .other
        }
    }
}
