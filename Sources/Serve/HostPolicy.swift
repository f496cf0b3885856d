#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `Host` the preview server answers, against DNS rebinding: a page on another site
/// that makes its own name resolve to 127.0.0.1 could otherwise read the preview, drafts
/// included. A rebinding page is always reached through a DNS name, so the server answers
///
/// - `localhost` and any `*.localhost` name (browsers resolve them to loopback themselves),
/// - any IP-address literal (`127.0.0.1`, `192.168.1.5`, `[::1]`), so that a phone can
///   preview through `--host 0.0.0.0`,
/// - the names given with `--allowed-host` (exactly; `.example.org` also allows every name
///   under example.org) and the name given with `--host`,
///
/// case-insensitively, with or without a trailing dot or a port. Any other name is refused.
public struct HostPolicy: Sendable, Equatable {
    /// Allowed names, lower case, without a trailing dot; a leading dot allows the subdomains too.
    public private(set) var allowedNames: [String]

    public init(allowing names: [String] = []) {
        allowedNames = names.compactMap(Self.allowedName)
    }

    /// The policy of a server listening on `host` (`--host`): a name given there is answered
    /// too, since the user chose it (`--host mybox.lan`); an address adds nothing.
    public init(listeningOn host: String, allowing names: [String]) {
        self.init(allowing: names + [host])
    }

    /// What the server does with a request's `Host` header fields.
    public enum Verdict: Sendable, Equatable {
        case allowed
        /// 403: a well-formed name that is not allowed (lower case, no port, no trailing dot).
        case refused(name: String)
        /// 400: no usable `Host`, for this reason.
        case malformed(reason: String)
    }

    /// `hostFields` are the values of every `Host` field. HTTP/1.1 requires one; an HTTP/1.0
    /// request may come without (browsers always send it, so such a request is no rebinding).
    public func verdict(hostFields: [String], requiresHost: Bool) -> Verdict {
        guard hostFields.count <= 1 else { return .malformed(reason: "more than one Host header") }
        guard let field = hostFields.first else {
            return requiresHost ? .malformed(reason: "an HTTP/1.1 request needs a Host header") : .allowed
        }
        guard !field.isEmpty else { return .malformed(reason: "the Host header is empty") }
        guard let host = Self.splitHost(field) else { return .malformed(reason: "'\(field)' is not a host") }
        switch host {
        case .ipv6:
            return .allowed
        case .name(let name):
            return isAllowed(name) ? .allowed : .refused(name: name)
        }
    }

    private func isAllowed(_ name: String) -> Bool {
        if name == "localhost" || name.hasSuffix(".localhost") || Self.isIPv4(name) { return true }
        return allowedNames.contains { allowed in
            allowed.hasPrefix(".") ? name == allowed.dropFirst() || name.hasSuffix(allowed) : name == allowed
        }
    }

    /// The 403 text for a refused name: why, and how to allow it.
    public static func refusal(of name: String) -> String {
        "sitegen serve does not answer requests for host '\(name)' (DNS rebinding protection); "
            + "if you reached the preview through that name, restart it with --allowed-host \(name)\n"
    }

    /// An `--allowed-host` value made comparable (lower case, no trailing dot), or nil when it
    /// is not a host name (a port, a scheme, a path, an empty name).
    public static func allowedName(_ value: String) -> String? {
        let subdomains = value.hasPrefix(".")
        let name = normalizedName(subdomains ? String(value.dropFirst()) : value)
        return name.map { subdomains ? "." + $0 : $0 }
    }

    private enum Host {
        case name(String)
        case ipv6
    }

    /// `name[:port]` or `[ipv6][:port]`; nil when it is neither.
    private static func splitHost(_ field: String) -> Host? {
        var rest = Substring(field)
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]"), isIPv6(String(rest[rest.index(after: rest.startIndex)..<close])) else { return nil }
            rest = rest[rest.index(after: close)...]
            return rest.isEmpty || isPort(rest) ? .ipv6 : nil
        }
        if let colon = rest.firstIndex(of: ":") {
            guard isPort(rest[colon...]) else { return nil }
            rest = rest[..<colon]
        }
        return normalizedName(String(rest)).map(Host.name)
    }

    /// `:` and up to five digits (an empty port is allowed by RFC 3986).
    private static func isPort(_ text: Substring) -> Bool {
        text.first == ":" && text.count <= 6 && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Lower case without the trailing dot, or nil unless made of letters, digits, `-`, `_`
    /// and dots between non-empty labels.
    private static func normalizedName(_ text: String) -> String? {
        let name = text.hasSuffix(".") ? String(text.dropLast()) : text
        guard !name.isEmpty, name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty }),
              name.unicodeScalars.allSatisfy(nameCharacters.contains)
        else { return nil }
        return name.lowercased()
    }

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".unicodeScalars)

    private static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    private static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }
}
