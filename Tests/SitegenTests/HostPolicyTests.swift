import Testing
@testable import Serve

/// The preview server's `Host` rule against DNS rebinding, case by case.
@Suite struct HostPolicyTests {
    static let policy = HostPolicy(allowing: ["Preview.Example.ORG.", ".lab.example"])

    static let cases: [(host: String, verdict: HostPolicy.Verdict)] = [
        ("localhost", .allowed),
        ("LOCALHOST.", .allowed),
        ("localhost:8000", .allowed),
        ("localhost:", .allowed),
        ("foo.localhost", .allowed),
        ("Foo.LocalHost.:80", .allowed),
        ("127.0.0.1", .allowed),
        ("127.0.0.1:8000", .allowed),
        ("127.0.0.1.", .allowed),
        ("192.168.1.5", .allowed),
        ("[::1]", .allowed),
        ("[::1]:8000", .allowed),
        ("[::FFFF:127.0.0.1]:80", .allowed),
        ("preview.example.org", .allowed),
        ("PREVIEW.example.org.:8000", .allowed),
        ("lab.example", .allowed),
        ("a.b.lab.example:1", .allowed),
        ("evil.example", .refused(name: "evil.example")),
        ("EVIL.Example.:80", .refused(name: "evil.example")),
        ("localhost.evil.example", .refused(name: "localhost.evil.example")),
        ("127.0.0.1.nip.io", .refused(name: "127.0.0.1.nip.io")),
        ("xlocalhost", .refused(name: "xlocalhost")),
        ("localhostx:8000", .refused(name: "localhostx")),
        ("sub.preview.example.org", .refused(name: "sub.preview.example.org")),
        ("example.org", .refused(name: "example.org")),
        ("evillab.example", .refused(name: "evillab.example")),
        ("", .malformed(reason: "the Host header is empty")),
        ("::1", .malformed(reason: "'::1' is not a host")),
        ("[::1", .malformed(reason: "'[::1' is not a host")),
        ("[evil.example]", .malformed(reason: "'[evil.example]' is not a host")),
        ("[::1]x", .malformed(reason: "'[::1]x' is not a host")),
        ("evil.example:80x", .malformed(reason: "'evil.example:80x' is not a host")),
        ("evil..example", .malformed(reason: "'evil..example' is not a host")),
        (".localhost", .malformed(reason: "'.localhost' is not a host")),
        ("a b", .malformed(reason: "'a b' is not a host")),
        ("évil.example", .malformed(reason: "'évil.example' is not a host")),
    ]

    @Test(arguments: cases) func oneHostField(host: String, verdict: HostPolicy.Verdict) {
        #expect(Self.policy.verdict(hostFields: [host], requiresHost: true) == verdict)
    }

    @Test func missingAndRepeatedHostFields() {
        #expect(Self.policy.verdict(hostFields: [], requiresHost: true) == .malformed(reason: "an HTTP/1.1 request needs a Host header"))
        #expect(Self.policy.verdict(hostFields: [], requiresHost: false) == .allowed, "HTTP/1.0 may leave Host out")
        #expect(Self.policy.verdict(hostFields: ["localhost", "localhost"], requiresHost: true) == .malformed(reason: "more than one Host header"))
        #expect(HostPolicy().verdict(hostFields: ["preview.example.org"], requiresHost: true) == .refused(name: "preview.example.org"))
    }

    @Test func allowedNames() {
        #expect(Self.policy.allowedNames == ["preview.example.org", ".lab.example"])
        #expect(HostPolicy.allowedName("Preview.Example.ORG.") == "preview.example.org")
        #expect(HostPolicy.allowedName(".Example.org") == ".example.org")
        #expect(HostPolicy.allowedName("my_box") == "my_box")
        for bad in ["", ".", "..example.org", "example.org:8000", "http://example.org", "example.org/x", "[::1]", "a b"] {
            #expect(HostPolicy.allowedName(bad) == nil, "\(bad)")
        }
    }

    @Test func theNameTheServerListensOnIsAnswered() {
        let named = HostPolicy(listeningOn: "MyBox.lan", allowing: [])
        #expect(named.verdict(hostFields: ["mybox.lan:8000"], requiresHost: true) == .allowed)
        #expect(named.verdict(hostFields: ["other.lan"], requiresHost: true) == .refused(name: "other.lan"))
        for address in ["127.0.0.1", "0.0.0.0", "::", "::1"] {
            let policy = HostPolicy(listeningOn: address, allowing: [])
            #expect(policy.verdict(hostFields: ["evil.example"], requiresHost: true) == .refused(name: "evil.example"), "\(address)")
        }
    }

    @Test func theRefusalSaysHowToAllowTheName() {
        #expect(HostPolicy.refusal(of: "evil.example") == """
            sitegen serve does not answer requests for host 'evil.example' (DNS rebinding protection); \
            if you reached the preview through that name, restart it with --allowed-host evil.example

            """)
    }
}
