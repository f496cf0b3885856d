import Foundation

/// What asking one URL gave: the final HTTP status and address after redirects, or why there
/// was no answer; and when it was asked.
public struct LinkProbeResult: Sendable, Codable, Hashable {
    /// Why no HTTP answer came.
    public enum Failure: String, Sendable, Codable, Hashable {
        case hostNotFound = "host-not-found"
        case connectionRefused = "connection-refused"
        case timedOut = "timed-out"
        case tooManyRedirects = "too-many-redirects"
        case secureConnection = "secure-connection"
        case other
    }

    public var status: Int?
    /// The address the answer came from, when redirects led elsewhere.
    public var redirectedTo: String?
    public var failure: Failure?
    /// The system's words for the failure.
    public var detail: String?
    public var checkedAt: Date

    public init(status: Int?, redirectedTo: String? = nil, failure: Failure? = nil, detail: String? = nil, checkedAt: Date) {
        self.status = status
        self.redirectedTo = redirectedTo
        self.failure = failure
        self.detail = detail
        self.checkedAt = checkedAt
    }

    /// A 2xx answer, perhaps after redirects.
    public var isSuccess: Bool { status.map { (200..<300).contains($0) } ?? false }
}
