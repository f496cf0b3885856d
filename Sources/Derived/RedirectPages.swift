import Links
import Site

/// The pages of `redirect_from:`: at each old URL, a small HTML page that sends readers (and
/// search engines, by its refresh and canonical link) to the page's URL, with the base path
/// applied. The assembly already made sure no page or other redirect writes the same file;
/// no list, sitemap or feed names them, since they are not pages of the site's own.
public struct RedirectPages: DerivedOutput {
    /// None: the redirects' files are many, and assembly (`URLClaims`) has already made sure
    /// that no page or file of the site's own writes one of them. An empty path is never taken.
    public var path: String { "" }
    public var needsOrigin: Bool { false }

    public init() {}

    public func applies(to site: Site) -> Bool {
        !site.redirects.isEmpty
    }

    public struct Inputs: Sendable, Equatable {
        var redirects: [Redirect]
        var basePath: String
        /// Where the canonical link points: the absolute prefix with a host, else the base path.
        var prefix: String
        var language: String
    }

    public func inputs(of site: Site) -> Inputs {
        Inputs(redirects: site.redirects, basePath: site.config.basePath, prefix: AbsoluteURL.prefix(of: site) ?? site.config.basePath,
               language: site.config.language)
    }

    public func derive(from inputs: Inputs) -> DerivedOutcome {
        DerivedOutcome(files: inputs.redirects.map { redirect in
            DerivedFile(path: redirect.outputPath, contents: Array(Self.page(for: redirect, inputs: inputs).utf8))
        })
    }

    /// The redirect's HTML: valid on its own (language, title, character set), not indexed.
    static func page(for redirect: Redirect, inputs: Inputs) -> String {
        let encoded = PathEncoding.encode(redirect.target)
        let target = HTMLEscaping.escape(inputs.basePath + encoded)
        let canonical = HTMLEscaping.escape(inputs.prefix + encoded)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaping.escape(inputs.language))">
            <head>
            <meta charset="utf-8">
            <title>Moved to \(target)</title>
            <meta http-equiv="refresh" content="0; url=\(target)">
            <link rel="canonical" href="\(canonical)">
            <meta name="robots" content="noindex">
            </head>
            <body>
            <p>This page has moved to <a href="\(target)">\(target)</a>.</p>
            </body>
            </html>

            """
    }
}
