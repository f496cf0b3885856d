import Foundation
import Testing

/// What `sitegen serve` and `sitegen build` print when they cannot start: one `error:` each.
@Suite struct ServeCommandLineTests {
    @Test func anOutputThatIsAFileIsOneError() throws {
        let site = try TempSite(ServeTests.files)
        try site.write("taken", "a file\n")
        let file = site.root.appendingPathComponent("taken").path
        let serve = try runSitegen(["serve", "--source", site.root.path, "--port", "0", "--output", file])
        #expect(serve.status == 1)
        #expect(serve.output.isEmpty)
        #expect(serve.errors == "error: refusing to replace \(file): it is a file, not a folder sitegen made\n")

        let build = try runSitegen(["build", "--source", site.root.path, "--output", file])
        #expect(build.status == 1)
        #expect(build.errors == """
            error: refusing to replace \(file): it is a file, not a folder sitegen made
            error: build failed with 1 error; the previous output is unchanged

            """)
    }

    @Test func aBadAllowedHostIsAUsageError() throws {
        let site = try TempSite(ServeTests.files)
        for bad in ["http://preview.example.org", "preview.example.org:8000", ""] {
            let result = try runSitegen(["serve", "--source", site.root.path, "--port", "0", "--allowed-host", bad])
            #expect(result.status == 2, "\(bad)")
            #expect(result.errors.hasPrefix("""
                Error: --allowed-host '\(bad)' is not a host name: give a name such as preview.example.org, \
                or .example.org for example.org and every name under it

                """), "\(bad)")
        }
    }
}
